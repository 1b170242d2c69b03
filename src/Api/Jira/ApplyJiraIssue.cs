namespace Milestone.Api.Jira;

/// <summary>A Jira issue's status as Jira last described it, to be followed by the request.</summary>
public sealed record ApplyJiraIssue(Guid RequestId, string IssueId, string IssueKey, string StatusName, string StatusCategory, bool Resolved, DateTimeOffset Updated, string? ByAccountId, JiraChangeRoute Route) : IJiraChange
{
    public static ApplyJiraIssue From(JiraIssueIndex index, JiraIssue issue, string? byAccountId, JiraChangeRoute route) => new(
        index.RequestId, issue.Id, issue.Key, issue.Fields!.Status?.Name ?? string.Empty, issue.Fields.Status?.CategoryKey ?? string.Empty,
        issue.Fields.Resolved, issue.Fields.Updated, byAccountId, route);
}

/// <summary>
/// Follows a Jira status move through the same commands the API uses: resolved (or any status in the
/// Done category) completes the request, which stops its SLA clock; work started in Jira starts it in
/// Milestone; an issue reopened in Jira reopens a completed request. A move Milestone's status machine
/// refuses (the request was cancelled meanwhile, say) is recorded, and Milestone's status is sent back
/// to Jira: Milestone is the source of truth. Reconciliation only heals a resolution: it cannot tell
/// whether Jira's other statuses are newer than a move made in Milestone whose transition is still queued.
/// A request's changes from Jira are applied one at a time (the partitioned <c>jira-changes</c> queue), and
/// even a decision to do nothing checks that the request has not moved on since it was read, so a move
/// decided on a state that another change has just left is decided again instead of silently dropped.
/// Jira's webhooks about Milestone's own transitions change nothing.
/// </summary>
public static class ApplyJiraIssueHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static async Task<(Events, OutgoingMessages)> Handle(
        ApplyJiraIssue change,
        [ConsistentAggregate] Request request,
        IDocumentSession session,
        IOptions<RequestSettings> settings,
        TimeProvider time,
        ILogger<ApplyJiraIssue> logger,
        CancellationToken cancellation)
    {
        var seen = await session.LoadAsync<JiraIssueSeen>(change.IssueId, cancellation);
        if (seen is not null && seen.Updated >= change.Updated)
        {
            return ([], []);
        }

        session.Store(new JiraIssueSeen(change.IssueId, change.Updated));
        if (await IsMilestonesOwnAsync(change, session, cancellation))
        {
            return ([], []);
        }

        var done = change.Resolved || change.StatusCategory == JiraStatusTarget.Done;
        if (change.Route == JiraChangeRoute.Reconciliation && !done)
        {
            return ([], []);
        }

        var actor = await session.ActorForAsync(change.ByAccountId, cancellation);
        var now = time.GetUtcNow();
        try
        {
            Events decided = done switch
            {
                true when request.Status != RequestStatus.Completed => CompleteRequestHandler.Handle(
                    new CompleteRequest(request.Id, request.Version, actor, $"Resolved in Jira ({change.IssueKey})"), request, time),
                false when request.Status == RequestStatus.Completed => ReopenRequestHandler.Handle(
                    new ReopenRequest(request.Id, request.Version, actor, $"Reopened in Jira ({change.IssueKey}: {change.StatusName})"), request, settings, time),
                false when request.Status == RequestStatus.Submitted && change.StatusCategory == JiraStatusTarget.InProgress => StartWorkHandler.Handle(
                    new StartWork(request.Id, request.Version, actor), request, time),
                _ => [],
            };
            if (change.Route == JiraChangeRoute.Reconciliation && decided.Count > 0)
            {
                session.Store(JiraCorrection.Made(JiraCorrectionKind.Healed, request.Id, change.IssueKey, $"Status followed Jira's {change.StatusName}", now));
            }

            return (decided, []);
        }
        catch (CommandRejected refused)
        {
            logger.LogWarning("Milestone refused Jira's move of {IssueKey} to {Status}: {Reason}", change.IssueKey, change.StatusName, refused.Message);
            session.Store(JiraCorrection.Made(JiraCorrectionKind.Refused, request.Id, change.IssueKey, $"Move to {change.StatusName}: {refused.Message}", now));
            return ([], [new TransitionJiraIssue(request.Id)]);
        }
    }

    /// <summary>
    /// Jira's word about a move Milestone made itself: made by the sync's own account, or no newer than the
    /// issue was just after Milestone's latest transition of it. It arrives after the request may have moved on.
    /// </summary>
    private static async Task<bool> IsMilestonesOwnAsync(ApplyJiraIssue change, IDocumentSession session, CancellationToken cancellation)
    {
        var syncAccount = await session.LoadAsync<JiraSyncAccount>(JiraConnection.Key, cancellation);
        var ownMove = await session.LoadAsync<JiraIssueMovedByMilestone>(change.IssueId, cancellation);
        return (change.ByAccountId is not null && change.ByAccountId == syncAccount?.AccountId)
            || (ownMove is not null && change.Updated <= ownMove.Updated);
    }
}
