namespace Milestone.Domain.Requests;

/// <summary>The request's Jira issue was created (or found, on a retried create) and is linked to it from now on.</summary>
public sealed record JiraIssueLinked(Guid RequestId, Guid ClientId, string IssueId, string IssueKey, string Site, DateTimeOffset LinkedAt) : IRequestEvent;

/// <summary>
/// The request's Jira issue was deleted in Jira: the request has no issue until its next change sent to
/// Jira creates a new one. Always made in Jira, so <see cref="Source"/> is <see cref="ChangeSource.Jira"/>.
/// </summary>
public sealed record JiraIssueUnlinked(
    Guid RequestId, Guid ClientId, string IssueId, string IssueKey, Guid UnlinkedBy, DateTimeOffset UnlinkedAt, ChangeSource Source) : IRequestEvent;
