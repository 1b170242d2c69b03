using Milestone.Domain.Billing;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.invoices</c> (one row per invoice, as it stands), <c>reporting.invoice_lines</c> (one row per
/// line) and <c>reporting.invoice_line_entries</c> (one row per ledger entry or worklog a line bills) for BI. Amounts
/// are those fixed when the invoice was issued; a draft's row has none yet.
/// </summary>
public sealed partial class InvoiceReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingInvoices";

    /// <summary>Amounts in the invoice's currency, to the cent.</summary>
    private const string Money = "numeric(19,2)";

    private const string FourDecimals = "numeric(19,4)";

    public InvoiceReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Invoices, table =>
        {
            table.AddColumn<Guid>("invoice_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("number");
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<string>("currency").NotNull();
            table.AddColumn("tax_rate_percent", "numeric(6,3)").NotNull();
            table.AddColumn<DateTimeOffset>("drafted_at").NotNull();
            table.AddColumn<DateOnly>("issued_on");
            table.AddColumn<DateOnly>("due_on");
            table.AddColumn("subtotal", Money);
            table.AddColumn("tax", Money);
            table.AddColumn("total", Money);
            table.AddColumn("paid", Money);
            table.AddColumn("outstanding", Money);
            table.AddColumn<DateOnly>("last_paid_on");
            table.AddColumn<DateTimeOffset>("overdue_since");
            table.AddColumn<DateTimeOffset>("voided_at");
        });
        ReportingTable.Keep(this, ReportingTable.InvoiceLines, table =>
        {
            table.AddColumn<Guid>("invoice_id").AsPrimaryKey();
            table.AddColumn<Guid>("line_id").AsPrimaryKey();
            table.AddColumn<string>("description").NotNull();
            table.AddColumn("quantity", FourDecimals).NotNull();
            table.AddColumn("unit_price", FourDecimals).NotNull();
            table.AddColumn("amount", Money).NotNull();
        });
        ReportingTable.Keep(this, ReportingTable.InvoiceLineEntries, table =>
        {
            table.AddColumn<Guid>("invoice_id").AsPrimaryKey();
            table.AddColumn<Guid>("line_id").AsPrimaryKey();
            table.AddColumn<string>("kind").AsPrimaryKey();
            table.AddColumn<Guid>("entry_id").AsPrimaryKey().AddIndex();
            table.AddColumn<int>("minutes").NotNull();
            table.AddColumn("rate_per_hour", FourDecimals).NotNull();
        });
    }

    public static void Project(InvoiceDrafted drafted, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.Invoices} (invoice_id, client_id, status, currency, tax_rate_percent, drafted_at)
        values (?, ?, ?, ?, ?, ?) on conflict (invoice_id) do nothing
        """,
        drafted.InvoiceId, drafted.ClientId, nameof(InvoiceStatus.Draft), drafted.Currency, drafted.TaxRatePercent, drafted.DraftedAt);

    public static void Project(InvoiceLineAdded added, IDocumentOperations operations)
    {
        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.InvoiceLines} (invoice_id, line_id, description, quantity, unit_price, amount)
            values (?, ?, ?, ?, ?, ?) on conflict (invoice_id, line_id) do nothing
            """,
            added.InvoiceId, added.Line.LineId, added.Line.Description, added.Line.Quantity, added.Line.UnitPrice, added.Line.Amount);
        foreach (var entry in added.Line.Bills ?? [])
        {
            operations.QueueSqlCommand(
                $"""
                insert into {ReportingTable.InvoiceLineEntries} (invoice_id, line_id, kind, entry_id, minutes, rate_per_hour)
                values (?, ?, ?, ?, ?, ?) on conflict (invoice_id, line_id, kind, entry_id) do nothing
                """,
                added.InvoiceId, added.Line.LineId, entry.Kind.ToString(), entry.EntryId, entry.Minutes, entry.RatePerHour);
        }
    }

    public static void Project(InvoiceLineRemoved removed, IDocumentOperations operations)
    {
        operations.QueueSqlCommand($"delete from {ReportingTable.InvoiceLines} where invoice_id = ? and line_id = ?", removed.InvoiceId, removed.LineId);
        operations.QueueSqlCommand($"delete from {ReportingTable.InvoiceLineEntries} where invoice_id = ? and line_id = ?", removed.InvoiceId, removed.LineId);
    }

    public static void Project(InvoiceIssued issued, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.Invoices}
        set number = ?, status = ?, issued_on = ?, due_on = ?, subtotal = ?, tax = ?, total = ?, paid = 0, outstanding = ?
        where invoice_id = ?
        """,
        issued.Number, nameof(InvoiceStatus.Issued), issued.IssuedOn, issued.DueOn, issued.Subtotal, issued.Tax, issued.Total, issued.Total, issued.InvoiceId);

    public static void Project(InvoicePaymentRecorded recorded, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.Invoices}
        set paid = paid + ?, outstanding = ?, last_paid_on = greatest(last_paid_on, ?),
            status = case when ? = 0 then '{nameof(InvoiceStatus.Paid)}' when status = '{nameof(InvoiceStatus.Overdue)}' then status else '{nameof(InvoiceStatus.PartiallyPaid)}' end
        where invoice_id = ?
        """,
        recorded.Payment.Amount, recorded.Outstanding, recorded.Payment.PaidOn, recorded.Outstanding, recorded.InvoiceId);

    public static void Project(InvoiceFellOverdue overdue, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Invoices} set status = ?, overdue_since = ? where invoice_id = ?", nameof(InvoiceStatus.Overdue), overdue.At, overdue.InvoiceId);

    public static void Project(InvoiceVoided voided, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Invoices} set status = ?, voided_at = ?, outstanding = 0 where invoice_id = ?", nameof(InvoiceStatus.Void), voided.VoidedAt, voided.InvoiceId);
}
