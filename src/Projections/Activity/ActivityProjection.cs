namespace Milestone.Projections.Activity;

public sealed partial class ActivityProjection : EventProjection
{
    public ActivityProjection()
    {
        Name = "Activity";
    }

    public static ActivityEntry Create(IEvent<RequestSubmitted> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.Submitted, e.Data.SubmittedBy, e.Data.Title);

    public static ActivityEntry Create(IEvent<WorkStarted> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.WorkStarted, e.Data.StartedBy, detail: null);

    public static ActivityEntry Create(IEvent<WaitingOnClientStarted> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.WaitingOnClient, e.Data.By, e.Data.Reason);

    public static ActivityEntry Create(IEvent<WorkResumed> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.WorkResumed, e.Data.ResumedBy, detail: null);

    public static ActivityEntry Create(IEvent<RequestCompleted> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.Completed, e.Data.CompletedBy, detail: null);

    public static ActivityEntry Create(IEvent<RequestCancelled> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.Cancelled, e.Data.CancelledBy, e.Data.Reason);

    public static ActivityEntry Create(IEvent<RequestReopened> e) =>
        Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.Reopened, e.Data.ReopenedBy, e.Data.Reason);

    public static void Project(IEvent<MessagePosted> e, IDocumentOperations operations)
    {
        if (!e.Data.Internal)
        {
            operations.Store(Entry(e, e.Data.ClientId, e.Data.RequestId, ActivityKind.Replied, e.Data.AuthorId, detail: null));
        }
    }

    private static ActivityEntry Entry(IEvent e, Guid clientId, Guid requestId, ActivityKind kind, Guid actorId, string? detail) =>
        new(e.Id, clientId, requestId, kind, actorId, e.Timestamp, detail);
}
