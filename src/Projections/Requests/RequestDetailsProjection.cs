namespace Milestone.Projections.Requests;

public sealed partial class RequestDetailsProjection : SingleStreamProjection<RequestDetails, Guid>
{
    public static RequestDetails Create(IEvent<RequestSubmitted> submitted) => new(
        submitted.Data.RequestId,
        submitted.Data.ClientId,
        submitted.Data.SubmittedBy,
        submitted.Data.Title,
        submitted.Data.Description,
        submitted.Data.Urgency,
        RequestStatus.Submitted,
        submitted.Data.SubmittedAt,
        submitted.Timestamp) { LocationId = submitted.Data.LocationId, AssetIds = [.. submitted.Data.AssetIds ?? []] };

    public static RequestDetails Apply(IEvent<RequestLocationChanged> changed, RequestDetails request) =>
        request with { LocationId = changed.Data.ToLocationId, LastChangedAt = changed.Timestamp };

    public static RequestDetails Apply(IEvent<AssetRequested> requested, RequestDetails request) =>
        request with { RequestedAsset = new RequestedAsset(requested.Data.Kind, requested.Data.Reason) };

    public static RequestDetails Apply(IEvent<AssetReferenced> referenced, RequestDetails request) =>
        request with { AssetIds = [.. request.AssetIds, referenced.Data.AssetId], LastChangedAt = referenced.Timestamp };

    public static RequestDetails Apply(IEvent<AssetReferenceRemoved> removed, RequestDetails request) =>
        request with { AssetIds = [.. request.AssetIds.Where(asset => asset != removed.Data.AssetId)], LastChangedAt = removed.Timestamp };

    public static RequestDetails Apply(IEvent<WorkStarted> started, RequestDetails request) => request.Moved(RequestStatus.InProgress, started.Timestamp);

    public static RequestDetails Apply(IEvent<WorkResumed> resumed, RequestDetails request) => request.Moved(RequestStatus.InProgress, resumed.Timestamp);

    public static RequestDetails Apply(IEvent<WaitingOnClientStarted> waiting, RequestDetails request) =>
        request.Moved(RequestStatus.WaitingOnClient, waiting.Timestamp);

    public static RequestDetails Apply(IEvent<RequestCompleted> completed, RequestDetails request) =>
        request.Moved(RequestStatus.Completed, completed.Timestamp) with { CompletedAt = completed.Data.CompletedAt };

    public static RequestDetails Apply(IEvent<RequestCancelled> cancelled, RequestDetails request) =>
        request.Moved(RequestStatus.Cancelled, cancelled.Timestamp) with { CancellationReason = cancelled.Data.Reason };

    public static RequestDetails Apply(IEvent<RequestReopened> reopened, RequestDetails request) =>
        request.Moved(RequestStatus.InProgress, reopened.Timestamp) with { CompletedAt = null, ReopenCount = request.ReopenCount + 1 };

    public static RequestDetails Apply(IEvent<RequestAssigned> assigned, RequestDetails request) =>
        request with { AssigneeId = assigned.Data.AssigneeId, LastChangedAt = assigned.Timestamp };

    public static RequestDetails Apply(IEvent<RequestUnassigned> unassigned, RequestDetails request) =>
        request with { AssigneeId = null, LastChangedAt = unassigned.Timestamp };

    public static RequestDetails Apply(IEvent<UrgencyChanged> changed, RequestDetails request) =>
        request with { Urgency = changed.Data.To, LastChangedAt = changed.Timestamp };

    public static RequestDetails Apply(IEvent<RequestCategorised> categorised, RequestDetails request) =>
        request with { Category = categorised.Data.Category, LastChangedAt = categorised.Timestamp };

    public static RequestDetails Apply(IEvent<RequestSolvedByArticle> solved, RequestDetails request) =>
        request with { SolvingArticleIds = [.. request.SolvingArticleIds, solved.Data.ArticleId], LastChangedAt = solved.Timestamp };

    public static RequestDetails Apply(IEvent<RequestLinkedToProjectTask> linked, RequestDetails request) =>
        request with { ProjectId = linked.Data.ProjectId, ProjectTaskId = linked.Data.TaskId, LastChangedAt = linked.Timestamp };

    public static RequestDetails Apply(IEvent<RequestUnlinkedFromProjectTask> unlinked, RequestDetails request) =>
        request with { ProjectId = null, ProjectTaskId = null, LastChangedAt = unlinked.Timestamp };

    public static RequestDetails Apply(IEvent<RequestDetailsEdited> edited, RequestDetails request) =>
        request with { Title = edited.Data.Title, Description = edited.Data.Description, LastChangedAt = edited.Timestamp };

    public static RequestDetails Apply(IEvent<RequestShared> shared, RequestDetails request) =>
        request with { SharedWith = [.. request.SharedWith, shared.Data.PersonId], LastChangedAt = shared.Timestamp };

    public static RequestDetails Apply(IEvent<RequestUnshared> unshared, RequestDetails request) =>
        request with { SharedWith = request.SharedWith.Where(person => person != unshared.Data.PersonId).ToList(), LastChangedAt = unshared.Timestamp };

    // Internal notes move the stream's version, but neither the version nor the time clients see.
    public static RequestDetails Apply(IEvent<MessagePosted> posted, RequestDetails request) => Conversed(posted.Data, posted.Timestamp, request);

    public static RequestDetails Apply(IEvent<MessageEdited> edited, RequestDetails request) => Conversed(edited.Data, edited.Timestamp, request);

    public static RequestDetails Apply(IEvent<MessageDeleted> deleted, RequestDetails request) => Conversed(deleted.Data, deleted.Timestamp, request);

    private static RequestDetails Conversed(IRequestEvent change, DateTimeOffset at, RequestDetails request) =>
        change.IsStaffOnly() ? request with { StaffOnlyEvents = request.StaffOnlyEvents + 1 } : request with { LastChangedAt = at };

    public static RequestDetails Apply(WorkLogged logged, RequestDetails request) =>
        request.WithTime(logged.Minutes, logged.Billable ? logged.Minutes : 0);

    public static RequestDetails Apply(WorklogCorrected corrected, RequestDetails request) => request.WithTime(
        corrected.Minutes - corrected.PreviousMinutes,
        (corrected.Billable ? corrected.Minutes : 0) - (corrected.PreviousBillable ? corrected.PreviousMinutes : 0));

    public static RequestDetails Apply(WorklogDeleted deleted, RequestDetails request) =>
        request.WithTime(-deleted.Minutes, deleted.Billable ? -deleted.Minutes : 0);

    public static RequestDetails Apply(IEvent<AttachmentAdded> added, RequestDetails request) => request with
    {
        LastChangedAt = added.Timestamp,
        Attachments =
        [
            .. request.Attachments,
            new AttachmentSummary(added.Data.AttachmentId, added.Data.RequestId, added.Data.FileName, added.Data.ContentType, added.Data.Size, added.Data.Sha256, added.Data.AddedBy, added.Data.AddedAt),
        ],
    };

    public static RequestDetails Apply(IEvent<WorkItemAdded> added, RequestDetails request) => request with
    {
        LastChangedAt = added.Timestamp,
        WorkItems = [.. request.WorkItems, new WorkItemSummary(added.Data.WorkItemId, added.Data.Title, added.Data.AssigneeId, added.Data.AddedAt, null)],
    };

    public static RequestDetails Apply(IEvent<WorkItemCompleted> completed, RequestDetails request) => request with
    {
        LastChangedAt = completed.Timestamp,
        WorkItems = request.WorkItems
            .Select(item => item.Id == completed.Data.WorkItemId ? item with { CompletedAt = completed.Data.CompletedAt } : item)
            .ToList(),
    };

    public static RequestDetails Apply(JiraIssueLinked linked, RequestDetails request) => request with { JiraIssueKey = linked.IssueKey };

    public static RequestDetails Apply(JiraIssueUnlinked unlinked, RequestDetails request) => request with { JiraIssueKey = null };
}
