namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.sla_cycles</c>: one row per target and cycle of a request's SLA clock (the response
/// once, the resolution once per cycle, a next reply per client message it answers, a periodic update per
/// public staff reply it follows), from its start to how it ended.
/// </summary>
public sealed partial class SlaCycleReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingSlaCycles";

    public SlaCycleReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.SlaCycles, table =>
        {
            table.AddColumn<Guid>("request_id").AsPrimaryKey();
            table.AddColumn<string>("kind").AsPrimaryKey();
            table.AddColumn<int>("cycle").AsPrimaryKey();
            table.AddColumn<Guid>("clock_id").NotNull();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("urgency").NotNull();
            table.AddColumn<string>("outcome").NotNull();
            table.AddColumn<DateTimeOffset>("started_at").NotNull();
            table.AddColumn<DateTimeOffset>("due_at");
            table.AddColumn<DateTimeOffset>("at_risk_at");
            table.AddColumn<DateTimeOffset>("breached_at");
            table.AddColumn<DateTimeOffset>("stopped_at");
            table.AddColumn<int>("target_seconds");
            table.AddColumn<int>("elapsed_seconds");
            table.AddColumn<bool>("met");
            table.AddColumn<Guid>("credited_to");
        });
    }

    public static void Project(SlaClockStarted started, IDocumentOperations operations)
    {
        var targets = started.Terms.For(started.Urgency);
        Began(operations, SlaTargetKind.Response, started, started.ResponseDue.DueAt, targets.Response);
        Began(operations, SlaTargetKind.Resolution, started, started.ResolutionDue.DueAt, targets.Resolution);
    }

    public static void Project(SlaResolutionCycleStarted started, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.SlaCycles} (request_id, kind, cycle, clock_id, client_id, urgency, outcome, started_at, due_at, target_seconds)
        select request_id, kind, ?, clock_id, client_id, urgency, 'Running', ?, ?, ? from {ReportingTable.SlaCycles}
        where request_id = ? and kind = 'Resolution' and cycle = ?
        on conflict do nothing
        """,
        started.Cycle, started.StartedAt, started.ResolutionDue.DueAt, (int)started.Target.TotalSeconds, started.RequestId, started.Cycle - 1);

    public static void Project(SlaTargetStopped stopped, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.SlaCycles}
        set outcome = ?, urgency = ?, stopped_at = ?, target_seconds = ?, elapsed_seconds = ?, met = ?, credited_to = ?::uuid
        where request_id = ? and kind = ? and cycle = ?
        """,
        stopped.Met ? "Met" : "Breached", stopped.Urgency.ToString(), stopped.StoppedAt, (int)stopped.Target.TotalSeconds, (int)stopped.Elapsed.TotalSeconds,
        stopped.Met, (object?)stopped.CreditedTo ?? DBNull.Value, stopped.RequestId, stopped.Kind.ToString(), stopped.Cycle);

    public static void Project(SlaAtRisk atRisk, IDocumentOperations operations) =>
        Mark(operations, "at_risk_at", atRisk.At, atRisk.RequestId, atRisk.Kind, atRisk.Cycle);

    public static void Project(SlaBreached breached, IDocumentOperations operations) =>
        Mark(operations, "breached_at", breached.At, breached.RequestId, breached.Kind, breached.Cycle);

    public static void Project(SlaTargetsRecomputed recomputed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.SlaCycles} set urgency = ?,
            due_at = case kind when 'Response' then coalesce(?::timestamptz, due_at) else coalesce(?::timestamptz, due_at) end
        where request_id = ? and kind in ('Response', 'Resolution') and stopped_at is null and outcome = 'Running'
        """,
        recomputed.To.ToString(), (object?)recomputed.ResponseDue?.DueAt ?? DBNull.Value, (object?)recomputed.ResolutionDue?.DueAt ?? DBNull.Value, recomputed.RequestId);

    public static void Project(SlaClockResumed resumed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.SlaCycles}
        set due_at = case kind when 'Response' then coalesce(?::timestamptz, due_at) else ? end
        where request_id = ? and kind in ('Response', 'Resolution') and outcome = 'Running'
        """,
        (object?)resumed.ResponseDue?.DueAt ?? DBNull.Value, resumed.ResolutionDue.DueAt, resumed.RequestId);

    public static void Project(SlaClockCancelled cancelled, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.SlaCycles} set outcome = 'Cancelled', stopped_at = ? where request_id = ? and outcome = 'Running'",
        cancelled.CancelledAt, cancelled.RequestId);

    public static void Project(SlaTargetStarted started, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.SlaCycles} (request_id, kind, cycle, clock_id, client_id, urgency, outcome, started_at, due_at, target_seconds)
        values (?, ?, ?, ?, ?, ?, 'Running', ?, ?::timestamptz, ?) on conflict do nothing
        """,
        started.RequestId, started.Kind.ToString(), started.Cycle, started.ClockId, started.ClientId, started.Urgency.ToString(), started.StartedAt,
        (object?)started.Due?.DueAt ?? DBNull.Value, (int)started.Target.TotalSeconds);

    public static void Project(SlaTargetResumed resumed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.SlaCycles} set due_at = ? where request_id = ? and kind = ? and cycle = ?",
        resumed.Due.DueAt, resumed.RequestId, resumed.Kind.ToString(), resumed.Cycle);

    public static void Project(SlaTargetRetargeted retargeted, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.SlaCycles} set urgency = ?, target_seconds = ?, due_at = coalesce(?::timestamptz, due_at)
        where request_id = ? and kind = ? and cycle = ?
        """,
        retargeted.Urgency.ToString(), (int)retargeted.Target.TotalSeconds, (object?)retargeted.Due?.DueAt ?? DBNull.Value,
        retargeted.RequestId, retargeted.Kind.ToString(), retargeted.Cycle);

    public static void Project(SlaTargetCancelled cancelled, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.SlaCycles} set outcome = 'Cancelled', stopped_at = ? where request_id = ? and kind = ? and cycle = ?",
        cancelled.CancelledAt, cancelled.RequestId, cancelled.Kind.ToString(), cancelled.Cycle);

    public static void Project(SlaTargetRecomputed recomputed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.SlaCycles}
        set outcome = ?, met = ?, elapsed_seconds = ?, due_at = coalesce(?::timestamptz, due_at),
            breached_at = case when ? then null else coalesce(breached_at, ?::timestamptz, due_at) end
        where request_id = ? and kind = ? and cycle = ?
        """,
        recomputed.NewMet ? "Met" : "Breached", recomputed.NewMet, (int)recomputed.NewElapsed.TotalSeconds, (object?)recomputed.NewDueAt ?? DBNull.Value,
        recomputed.NewMet, (object?)recomputed.NewDueAt ?? DBNull.Value, recomputed.RequestId, recomputed.Kind.ToString(), recomputed.Cycle);

    private static void Began(IDocumentOperations operations, SlaTargetKind kind, SlaClockStarted started, DateTimeOffset dueAt, TimeSpan target) =>
        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.SlaCycles} (request_id, kind, cycle, clock_id, client_id, urgency, outcome, started_at, due_at, target_seconds)
            values (?, ?, 1, ?, ?, ?, 'Running', ?, ?, ?) on conflict do nothing
            """,
            started.RequestId, kind.ToString(), started.ClockId, started.ClientId, started.Urgency.ToString(), started.StartedAt, dueAt, (int)target.TotalSeconds);

    private static void Mark(IDocumentOperations operations, string column, DateTimeOffset at, Guid requestId, SlaTargetKind kind, int cycle) => operations.QueueSqlCommand(
        $"update {ReportingTable.SlaCycles} set {column} = coalesce({column}, ?) where request_id = ? and kind = ? and cycle = ?",
        at, requestId, kind.ToString(), cycle);
}
