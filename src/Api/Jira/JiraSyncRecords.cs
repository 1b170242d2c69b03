namespace Milestone.Api.Jira;

/// <summary>Finds the request behind a Jira issue id, as webhooks name worklogs' issues by id only.</summary>
public sealed record JiraIssueIndex(string Id, Guid RequestId, Guid ClientId, string IssueKey);

/// <summary>The newest <c>updated</c> of an issue applied so far; an older or equal one arriving later is stale.</summary>
public sealed record JiraIssueSeen(string Id, DateTimeOffset Updated);

/// <summary>
/// The newest <c>updated</c> of a Jira worklog applied so far, and whether it was deleted: a deleted
/// worklog never comes back, so anything arriving about it afterwards is stale.
/// </summary>
public sealed record JiraWorklogSeen(string Id, string IssueId, Guid RequestId, DateTimeOffset Updated, bool Deleted);

/// <summary>The newest <c>updated</c> of a Jira comment applied so far, and whether it was deleted, as for worklogs.</summary>
public sealed record JiraCommentSeen(string Id, string IssueId, Guid RequestId, DateTimeOffset Updated, bool Deleted);

/// <summary>A webhook delivery already taken in, so a redelivery writes nothing.</summary>
public sealed record JiraDelivery(string Id, string WebhookEvent, DateTimeOffset ReceivedAt);

public enum JiraCorrectionKind
{
    /// <summary>Reconciliation found a change in Jira that no webhook had brought.</summary>
    Healed,

    /// <summary>Milestone refused a change made in Jira (the request had moved on); Milestone's state stands.</summary>
    Refused,
}

/// <summary>What the sync had to correct or refuse, for an administrator to read.</summary>
public sealed record JiraCorrection(Guid Id, JiraCorrectionKind Kind, Guid RequestId, string IssueKey, string What, DateTimeOffset At);
