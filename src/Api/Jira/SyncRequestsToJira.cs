using JasperFx.Events;

namespace Milestone.Api.Jira;

/// <summary>
/// Turns committed request events into calls to Jira, queued on the durable <c>jira</c> queue through
/// the outbox, so a call is never lost and never holds up the change that set it off. Changes that came
/// from Jira are not sent back there.
/// </summary>
public static class SyncRequestsToJiraHandler
{
    public static CreateJiraIssue Handle(IEvent<RequestSubmitted> submitted) => new(submitted.Data.RequestId);

    public static CreateJiraSubtask Handle(IEvent<WorkItemAdded> added) => new(added.Data.RequestId, added.Data.WorkItemId, added.Data.Title);

    public static TransitionJiraIssue? Handle(IEvent<WorkStarted> started) =>
        Transition(started.Data.RequestId, started.Data.Source);

    public static TransitionJiraIssue? Handle(IEvent<WorkResumed> resumed) =>
        Transition(resumed.Data.RequestId, resumed.Data.Source);

    public static TransitionJiraIssue? Handle(IEvent<WaitingOnClientStarted> waiting) =>
        Transition(waiting.Data.RequestId, waiting.Data.Source);

    public static TransitionJiraIssue? Handle(IEvent<RequestCompleted> completed) =>
        Transition(completed.Data.RequestId, completed.Data.Source);

    public static TransitionJiraIssue? Handle(IEvent<RequestCancelled> cancelled) =>
        Transition(cancelled.Data.RequestId, cancelled.Data.Source);

    public static TransitionJiraIssue? Handle(IEvent<RequestReopened> reopened) =>
        Transition(reopened.Data.RequestId, reopened.Data.Source);

    private static TransitionJiraIssue? Transition(Guid requestId, ChangeSource source) =>
        source == ChangeSource.Jira ? null : new TransitionJiraIssue(requestId);
}
