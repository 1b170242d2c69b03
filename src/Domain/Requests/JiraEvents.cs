namespace Milestone.Domain.Requests;

/// <summary>The request's Jira issue was created (or found, on a retried create) and is linked to it from now on.</summary>
public sealed record JiraIssueLinked(Guid RequestId, Guid ClientId, string IssueId, string IssueKey, string Site, DateTimeOffset LinkedAt) : IRequestEvent;
