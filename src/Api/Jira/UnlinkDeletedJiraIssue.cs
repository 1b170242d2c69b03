namespace Milestone.Api.Jira;

/// <summary>The request's issue was deleted in Jira.</summary>
public sealed record UnlinkDeletedJiraIssue(Guid RequestId, string IssueId, string IssueKey, string? ByAccountId) : IJiraChange;

/// <summary>
/// Forgets the deleted issue, so the request's next change sent to Jira creates a new one, and reports
/// it in <c>jiraCorrections</c>. Nothing is sent to Jira now: an agent who deleted the issue meant to,
/// and whatever Jira deleted with it (worklogs, comments) stays in Milestone as it was taken in.
/// </summary>
public static class UnlinkDeletedJiraIssueHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static async Task<Events> Handle(
        UnlinkDeletedJiraIssue command, [WriteAggregate] Request request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var actor = await session.ActorForAsync(command.ByAccountId, cancellation);
        var now = time.GetUtcNow();
        var decided = request.UnlinkDeletedJiraIssue(actor, command.IssueId, command.IssueKey, now).ToList();
        if (decided.Count > 0)
        {
            session.Delete<JiraIssueIndex>(command.IssueId);
            session.Store(JiraCorrection.Made(
                JiraCorrectionKind.Unlinked, request.Id, command.IssueKey, "Issue deleted in Jira; the request's next change sent to Jira creates a new one", now));
        }

        return [.. decided];
    }
}
