namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.requests</c> (one row per request, as it stands) and <c>reporting.status_changes</c>
/// (one row per move between statuses). Written in SQL because a row starts with empty columns
/// (category, assignee, completion) that a <c>FlatTableProjection</c> cannot leave null on insert.
/// </summary>
public sealed partial class RequestReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingRequests";

    public RequestReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Requests, table =>
        {
            table.AddColumn<Guid>("request_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull();
            table.AddColumn<Guid>("submitted_by").NotNull();
            table.AddColumn<string>("title").NotNull();
            table.AddColumn<string>("urgency").NotNull();
            table.AddColumn<string>("category");
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<Guid>("assignee_id");
            table.AddColumn<DateTimeOffset>("submitted_at").NotNull();
            table.AddColumn<DateTimeOffset>("first_started_at");
            table.AddColumn<DateTimeOffset>("completed_at");
            table.AddColumn<Guid>("completed_by");
            table.AddColumn<DateTimeOffset>("cancelled_at");
            table.AddColumn<int>("reopen_count").NotNull().DefaultValue(0);
            table.AddColumn<int>("logged_minutes").NotNull().DefaultValue(0);
            table.AddColumn<int>("billable_minutes").NotNull().DefaultValue(0);
            table.AddColumn<DateTimeOffset>("last_changed_at").NotNull();
            table.AddColumn<Guid>("project_id");
            table.AddColumn<Guid>("project_task_id");
            table.AddColumn<Guid>("location_id");
            table.ModifyColumn("client_id").AddIndex();
        });
        ReportingTable.Keep(this, ReportingTable.StatusChanges, table =>
        {
            table.AddColumn<Guid>("event_id").AsPrimaryKey();
            table.AddColumn<long>("sequence").NotNull();
            table.AddColumn<Guid>("request_id").NotNull().AddIndex();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("from_status");
            table.AddColumn<string>("to_status").NotNull();
            table.AddColumn<Guid>("actor_id").NotNull();
            table.AddColumn<DateTimeOffset>("at").NotNull();
            table.AddColumn<string>("reason");
        });
    }

    public static void Project(RequestLocationChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Requests} set location_id = ?::uuid, last_changed_at = ? where request_id = ?",
        changed.ToLocationId.HasValue ? changed.ToLocationId.Value : DBNull.Value, changed.ChangedAt, changed.RequestId);

    public static void Project(RequestLinkedToProjectTask linked, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Requests} set project_id = ?, project_task_id = ?, last_changed_at = ? where request_id = ?",
        linked.ProjectId, linked.TaskId, linked.LinkedAt, linked.RequestId);

    public static void Project(RequestUnlinkedFromProjectTask unlinked, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Requests} set project_id = null, project_task_id = null, last_changed_at = ? where request_id = ?",
        unlinked.UnlinkedAt, unlinked.RequestId);

    public static void Project(IEvent<RequestSubmitted> e, IDocumentOperations operations)
    {
        var submitted = e.Data;
        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.Requests} (request_id, client_id, submitted_by, title, urgency, status, submitted_at, last_changed_at, location_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::uuid) on conflict (request_id) do nothing
            """,
            submitted.RequestId, submitted.ClientId, submitted.SubmittedBy, submitted.Title, submitted.Urgency.ToString(), nameof(RequestStatus.Submitted), submitted.SubmittedAt,
            submitted.SubmittedAt, submitted.LocationId.HasValue ? submitted.LocationId.Value : DBNull.Value);
        Moved(e, operations, submitted.RequestId, submitted.ClientId, RequestStatus.Submitted, submitted.SubmittedBy, submitted.SubmittedAt, reason: null);
    }

    public static void Project(IEvent<WorkStarted> e, IDocumentOperations operations)
    {
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.InProgress, e.Data.StartedBy, e.Data.StartedAt, reason: null);
        Set(operations, e.Data.RequestId, "first_started_at = coalesce(first_started_at, ?)", e.Data.StartedAt);
    }

    public static void Project(IEvent<WaitingOnClientStarted> e, IDocumentOperations operations) =>
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.WaitingOnClient, e.Data.By, e.Data.At, e.Data.Reason);

    public static void Project(IEvent<WorkResumed> e, IDocumentOperations operations) =>
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.InProgress, e.Data.ResumedBy, e.Data.ResumedAt, reason: null);

    public static void Project(IEvent<RequestCompleted> e, IDocumentOperations operations)
    {
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.Completed, e.Data.CompletedBy, e.Data.CompletedAt, e.Data.OpenWorkItemsOverride);
        Set(operations, e.Data.RequestId, "completed_at = ?, completed_by = ?", e.Data.CompletedAt, e.Data.CompletedBy);
    }

    public static void Project(IEvent<RequestCancelled> e, IDocumentOperations operations)
    {
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.Cancelled, e.Data.CancelledBy, e.Data.CancelledAt, e.Data.Reason);
        Set(operations, e.Data.RequestId, "cancelled_at = ?", e.Data.CancelledAt);
    }

    public static void Project(IEvent<RequestReopened> e, IDocumentOperations operations)
    {
        Moved(e, operations, e.Data.RequestId, e.Data.ClientId, RequestStatus.InProgress, e.Data.ReopenedBy, e.Data.ReopenedAt, e.Data.Reason);
        Set(operations, e.Data.RequestId, "completed_at = null, completed_by = null, reopen_count = reopen_count + 1, last_changed_at = ?", e.Data.ReopenedAt);
    }

    public static void Project(RequestAssigned assigned, IDocumentOperations operations) =>
        Set(operations, assigned.RequestId, "assignee_id = ?, last_changed_at = ?", assigned.AssigneeId, assigned.AssignedAt);

    public static void Project(RequestUnassigned unassigned, IDocumentOperations operations) =>
        Set(operations, unassigned.RequestId, "assignee_id = null, last_changed_at = ?", unassigned.UnassignedAt);

    public static void Project(UrgencyChanged changed, IDocumentOperations operations) =>
        Set(operations, changed.RequestId, "urgency = ?, last_changed_at = ?", changed.To.ToString(), changed.ChangedAt);

    public static void Project(RequestCategorised categorised, IDocumentOperations operations) =>
        Set(operations, categorised.RequestId, "category = ?, last_changed_at = ?", categorised.Category, categorised.CategorisedAt);

    public static void Project(RequestDetailsEdited edited, IDocumentOperations operations) =>
        Set(operations, edited.RequestId, "title = ?, last_changed_at = ?", edited.Title, edited.EditedAt);

    public static void Project(WorkLogged logged, IDocumentOperations operations) =>
        Time(operations, logged.RequestId, logged.Minutes, logged.Billable ? logged.Minutes : 0);

    public static void Project(WorklogCorrected corrected, IDocumentOperations operations) => Time(
        operations,
        corrected.RequestId,
        corrected.Minutes - corrected.PreviousMinutes,
        (corrected.Billable ? corrected.Minutes : 0) - (corrected.PreviousBillable ? corrected.PreviousMinutes : 0));

    public static void Project(WorklogDeleted deleted, IDocumentOperations operations) =>
        Time(operations, deleted.RequestId, -deleted.Minutes, deleted.Billable ? -deleted.Minutes : 0);

    // The change is recorded before the row moves, so from_status reads the status it leaves; a submission leaves none.
    private static void Moved(IEvent e, IDocumentOperations operations, Guid requestId, Guid clientId, RequestStatus to, Guid actorId, DateTimeOffset at, string? reason)
    {
        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.StatusChanges} (event_id, sequence, request_id, client_id, from_status, to_status, actor_id, at, reason)
            select ?, ?, ?, ?, case when ? then null else (select status from {ReportingTable.Requests} where request_id = ?) end, ?, ?, ?, ?::text
            on conflict (event_id) do nothing
            """,
            e.Id, e.Sequence, requestId, clientId, to == RequestStatus.Submitted, requestId, to.ToString(), actorId, at, (object?)reason ?? DBNull.Value);
        Set(operations, requestId, "status = ?, last_changed_at = ?", to.ToString(), at);
    }

    private static void Time(IDocumentOperations operations, Guid requestId, int minutes, int billableMinutes) =>
        Set(operations, requestId, "logged_minutes = logged_minutes + ?, billable_minutes = billable_minutes + ?", minutes, billableMinutes);

    private static void Set(IDocumentOperations operations, Guid requestId, string assignments, params object[] values) =>
        operations.QueueSqlCommand($"update {ReportingTable.Requests} set {assignments} where request_id = ?", [.. values, requestId]);
}
