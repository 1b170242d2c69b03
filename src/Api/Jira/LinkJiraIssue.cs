using Marten;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Jira;

/// <summary>Record on the request which Jira issue is its own, and index the issue so webhooks find the request.</summary>
public sealed record LinkJiraIssue(Guid RequestId, string IssueId, string IssueKey, string Site);

public static class LinkJiraIssueHandler
{
    public static Events Handle(LinkJiraIssue command, [WriteAggregate] Request request, IDocumentSession session, TimeProvider time)
    {
        var decided = request.LinkJiraIssue(command.IssueId, command.IssueKey, command.Site, time.GetUtcNow()).ToList();
        if (decided.Count > 0)
        {
            session.Store(new JiraIssueIndex(command.IssueId, request.Id, request.ClientId, command.IssueKey));
        }

        return [.. decided];
    }
}
