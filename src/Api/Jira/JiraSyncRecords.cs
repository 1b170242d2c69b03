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
/// The issue's <c>updated</c> just after Milestone's own latest transition of it. Jira's webhook about that
/// transition can arrive after the request has moved on again in Milestone; it, and anything older, describes
/// a status Milestone has already been through and must not move the request back.
/// </summary>
public sealed record JiraIssueMovedByMilestone(string Id, DateTimeOffset Updated);

/// <summary>
/// The Atlassian account the connection calls Jira as, learnt from Jira once per connection: Jira names it as
/// the author of every change Milestone makes there, so its webhooks about them are known for echoes.
/// </summary>
public sealed record JiraSyncAccount(string Id, string AccountId, DateTimeOffset ConnectionChangedAt)
{
    /// <summary>The sync's account for the connection as it is now, asked of Jira when not known yet.</summary>
    public static async Task<JiraSyncAccount?> LearnAsync(IDocumentSession session, JiraClient jira, JiraConnection connection, CancellationToken cancellation)
    {
        if (await session.LoadAsync<JiraSyncAccount>(JiraConnection.Key, cancellation) is { } known && known.ConnectionChangedAt == connection.ChangedAt)
        {
            return known;
        }

        if ((await jira.MyselfAsync(connection, cancellation)).AccountId is not { Length: > 0 } accountId)
        {
            return null;
        }

        var learnt = new JiraSyncAccount(JiraConnection.Key, accountId, connection.ChangedAt);
        session.Store(learnt);
        return learnt;
    }
}

/// <summary>
/// The newest <c>updated</c> of a Jira worklog applied so far, and whether it was deleted: a deleted
/// worklog never comes back, so anything arriving about it afterwards is stale.
/// </summary>
public sealed record JiraWorklogSeen(string Id, string IssueId, Guid RequestId, DateTimeOffset Updated, bool Deleted) : IJiraItemSeen;

/// <summary>The newest <c>updated</c> of a Jira comment applied so far, and whether it was deleted, as for worklogs.</summary>
public sealed record JiraCommentSeen(string Id, string IssueId, Guid RequestId, DateTimeOffset Updated, bool Deleted) : IJiraItemSeen;

/// <summary>A Jira worklog or comment as the sync last applied it.</summary>
public interface IJiraItemSeen
{
    string Id { get; }

    DateTimeOffset Updated { get; }

    bool Deleted { get; }
}

public static class JiraItemsSeen
{
    /// <summary>
    /// Whether a delivery about a Jira item is news, and if so it is kept as the item's newest. It is not when the
    /// item was deleted, which is final, or when it is no newer than what was applied, so duplicates and late
    /// deliveries are harmless. A deletion is news whatever its <c>updated</c> says, since Jira's delete payload
    /// carries the item's last update.
    /// </summary>
    public static async Task<bool> IsNewsAsync<TSeen>(this IDocumentSession session, TSeen delivered, CancellationToken cancellation)
        where TSeen : class, IJiraItemSeen
    {
        var seen = await session.LoadAsync<TSeen>(delivered.Id, cancellation);
        if (seen is not null && (seen.Deleted || (!delivered.Deleted && seen.Updated >= delivered.Updated)))
        {
            return false;
        }

        session.Store(delivered);
        return true;
    }
}

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

    /// <summary>Jira's workflow would not take the move to the request's status (a field its screen requires that Milestone cannot fill); the issue stays where it was.</summary>
    NotMoved,
}

/// <summary>What the sync had to correct or refuse, for an administrator to read.</summary>
public sealed record JiraCorrection(Guid Id, JiraCorrectionKind Kind, Guid RequestId, string IssueKey, string What, DateTimeOffset At)
{
    public static JiraCorrection Made(JiraCorrectionKind kind, Guid requestId, string issueKey, string what, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), kind, requestId, issueKey, what, now);
}
