using Marten;

namespace Milestone.Api.Jira;

/// <summary>
/// The request's issue, recorded in the same transaction as Milestone learns Jira made it, before the
/// request records the link: a later call about the request finds it here without asking Jira's
/// search, which may not know the issue yet. Also finds the request behind an issue id, as webhooks
/// name worklogs' issues by id only. Removed when the issue is deleted in Jira.
/// </summary>
public sealed record JiraIssueIndex(string Id, Guid RequestId, Guid ClientId, string IssueKey)
{
    public static Task<JiraIssueIndex?> OfRequestAsync(IQuerySession session, Guid requestId, CancellationToken cancellation) =>
        session.Query<JiraIssueIndex>().Where(index => index.RequestId == requestId).FirstOrDefaultAsync(cancellation);
}

/// <summary>A work item's sub-task, recorded as soon as Milestone learns Jira made it, as for the request's issue.</summary>
public sealed record JiraSubtaskIndex(string Id, Guid WorkItemId, Guid RequestId, string IssueKey, string ParentId);

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

    /// <summary>The request's issue was deleted in Jira; the request's next change sent to Jira creates a new one.</summary>
    Unlinked,

    /// <summary>Reconciliation found a second issue for the same request or work item; an administrator deletes it in Jira.</summary>
    Duplicate,
}

/// <summary>What the sync had to correct or refuse, for an administrator to read.</summary>
public sealed record JiraCorrection(Guid Id, JiraCorrectionKind Kind, Guid RequestId, string IssueKey, string What, DateTimeOffset At);
