namespace Milestone.Api.Jira;

/// <summary>How a change from Jira reached Milestone: a webhook, or reconciliation finding what a webhook missed.</summary>
public enum JiraChangeRoute
{
    Webhook,
    Reconciliation,
}

/// <summary>A Jira worklog as Jira last described it (or its deletion), to be made true on the request.</summary>
public sealed record ApplyJiraWorklog(
    Guid RequestId,
    string IssueKey,
    string IssueId,
    string JiraWorklogId,
    string? AuthorAccountId,
    DateTimeOffset Started,
    int TimeSpentSeconds,
    string? Comment,
    DateTimeOffset Updated,
    bool Deleted,
    JiraChangeRoute Route) : IJiraChange
{
    public static ApplyJiraWorklog From(JiraIssueIndex index, JiraWorklog worklog, bool deleted, JiraChangeRoute route) => new(
        index.RequestId, index.IssueKey, index.Id, worklog.Id, worklog.Author?.AccountId, worklog.Started, worklog.TimeSpentSeconds,
        worklog.CommentText, worklog.Updated, deleted, route);

    /// <summary>Jira counts seconds; Milestone whole minutes, rounded up so no started minute goes unbilled.</summary>
    public int Minutes => Math.Max(1, (TimeSpentSeconds + 59) / 60);

    /// <summary>The day the agent worked, on the clock of the agent who logged it (Jira sends their offset).</summary>
    public DateOnly WorkDate => DateOnly.FromDateTime(Started.DateTime);
}

/// <summary>
/// Makes a Jira worklog true on the request through the same decisions the API uses (log, correct,
/// delete), with the Jira worklog id as the integration's key, so the hour bank follows through its usual path. Anything no newer than what was applied
/// last for this worklog is stale and changes nothing, so duplicates and late deliveries are harmless.
/// A deletion is final and applies whatever its <c>updated</c> says: Jira's delete payload carries the
/// worklog's last update, the same time as the delivery that created or last changed it.
/// </summary>
public static class ApplyJiraWorklogHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static async Task<Events> Handle(
        ApplyJiraWorklog change, [WriteAggregate] Request request, IDocumentSession session, TimeProvider time, ILogger<ApplyJiraWorklog> logger, CancellationToken cancellation)
    {
        if (!await session.IsNewsAsync(new JiraWorklogSeen(change.JiraWorklogId, change.IssueId, change.RequestId, change.Updated, change.Deleted), cancellation))
        {
            return [];
        }

        var actor = await session.ActorForAsync(change.AuthorAccountId, cancellation);
        var billable = (await session.LoadAsync<JiraClientMapping>(request.ClientId, cancellation))?.WorklogsBillable ?? true;
        var worklogId = CallerKeys.WorklogId(request.Id, actor, change.JiraWorklogId);
        var exists = request.Worklogs.TryGetValue(worklogId, out var logged) && !logged.Deleted;
        var now = time.GetUtcNow();
        try
        {
            Events decided = change switch
            {
                { Deleted: true } when exists => [.. request.DeleteWorklog(actor, worklogId, now)],
                { Deleted: true } => [],
                _ when exists => [.. request.CorrectWorklog(actor, worklogId, change.WorkDate, change.Minutes, billable, change.Comment, now)],
                _ => [.. request.LogWork(actor, change.JiraWorklogId, change.WorkDate, change.Minutes, billable, change.Comment, now)],
            };
            if (change.Route == JiraChangeRoute.Reconciliation && decided.Count > 0)
            {
                session.Store(JiraCorrection.Made(
                    JiraCorrectionKind.Healed, request.Id, change.IssueKey, $"Worklog {change.JiraWorklogId} {(change.Deleted ? "deleted" : exists ? "corrected" : "logged")}", now));
            }

            return decided;
        }
        catch (CommandRejected refused)
        {
            logger.LogWarning("Milestone refused Jira worklog {JiraWorklogId} on {IssueKey}: {Reason}", change.JiraWorklogId, change.IssueKey, refused.Message);
            session.Store(JiraCorrection.Made(JiraCorrectionKind.Refused, request.Id, change.IssueKey, $"Worklog {change.JiraWorklogId}: {refused.Message}", now));
            return [];
        }
    }
}
