namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.ledger_entries</c>: one row per hour-bank entry that moves minutes, the same line a
/// statement prints (<see cref="MonthlyStatement.LineFor"/>), so a report builder's sums agree with statements.
/// </summary>
public sealed partial class LedgerReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingLedger";

    public LedgerReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.LedgerEntries, table =>
        {
            table.AddColumn<Guid>("event_id").AsPrimaryKey();
            table.AddColumn<long>("sequence").NotNull();
            table.AddColumn<Guid>("bank_id").NotNull();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("entry").NotNull();
            table.AddColumn<DateTimeOffset>("at").NotNull();
            table.AddColumn<int>("minutes").NotNull();
            table.AddColumn<int>("overage_minutes").NotNull();
            table.AddColumn<Guid>("credit_id");
            table.AddColumn<Guid>("worklog_id");
            table.AddColumn<Guid>("request_id");
            table.AddColumn<Guid>("agent_id");
            table.AddColumn<string>("category");
            table.AddColumn<DateOnly>("work_date");
            table.AddColumn<int>("logged_minutes");
            table.AddColumn<decimal>("multiplier");
        });
    }

    public static void Project(IEvent<HourBlockPurchased> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<MonthlyHoursAllocated> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<HoursAdjusted> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<WorklogDebited> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<WorklogDebitReversed> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<OverageRepaid> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    public static void Project(IEvent<CreditExpired> e, IDocumentOperations operations) => Entry(e, e.Data, operations);

    private static void Entry(IEvent e, IHourBankEvent entry, IDocumentOperations operations)
    {
        if (MonthlyStatement.LineFor(entry) is not { } line)
        {
            return;
        }

        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.LedgerEntries}
                (event_id, sequence, bank_id, client_id, entry, at, minutes, overage_minutes, credit_id, worklog_id, request_id, agent_id, category, work_date, logged_minutes, multiplier)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::text, ?::date, ?::integer, ?::numeric)
            on conflict (event_id) do nothing
            """,
            e.Id, e.Sequence, entry.BankId, entry.ClientId, line.Entry.ToString(), line.At, line.Minutes, line.OverageMinutes,
            Nullable(line.CreditId), Nullable(line.WorklogId), Nullable(line.RequestId), Nullable(line.AgentId), Nullable(line.Category), Nullable(line.WorkDate), Nullable(line.LoggedMinutes), Nullable(line.Multiplier));
    }

    private static object Nullable(object? value) => value ?? DBNull.Value;
}
