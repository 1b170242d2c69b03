namespace Milestone.Api.Jira;

/// <summary>Record on the request which Jira issue is its own (the create that made it has indexed it already).</summary>
public sealed record LinkJiraIssue(Guid RequestId, string IssueId, string IssueKey, string Site);

public static class LinkJiraIssueHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static Events Handle(LinkJiraIssue command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.LinkJiraIssue(command.IssueId, command.IssueKey, command.Site, time.GetUtcNow())];
}
