namespace Milestone.Api.Jira;

/// <summary>A signed webhook delivery from Jira, taken in once.</summary>
public sealed record ReceiveJiraDelivery(string DeliveryId, JiraWebhook Webhook);

/// <summary>
/// Stores the delivery and queues what it asks for in one transaction (the outbox), so a redelivered
/// webhook finds the first and writes nothing, and an accepted one is never half taken in. Events
/// about issues Milestone did not create (or no longer links, or a stray duplicate) are ignored.
/// </summary>
public static class ReceiveJiraDeliveryHandler
{
    public static async Task<OutgoingMessages> Handle(ReceiveJiraDelivery delivery, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        if (await session.LoadAsync<JiraDelivery>(delivery.DeliveryId, cancellation) is not null)
        {
            return [];
        }

        var webhook = delivery.Webhook;
        session.Insert(new JiraDelivery(delivery.DeliveryId, webhook.WebhookEvent, time.GetUtcNow()));
        var issueId = webhook.Worklog?.IssueId ?? webhook.Issue?.Id;
        var index = issueId is null ? null : await session.LoadAsync<JiraIssueIndex>(issueId, cancellation);
        if (index is null)
        {
            return [];
        }

        return webhook switch
        {
            { WebhookEvent: "worklog_created" or "worklog_updated", Worklog: { } worklog } => [ApplyJiraWorklog.From(index, worklog, deleted: false, JiraChangeRoute.Webhook)],
            { WebhookEvent: "worklog_deleted", Worklog: { } worklog } => [ApplyJiraWorklog.From(index, worklog, deleted: true, JiraChangeRoute.Webhook)],
            { WebhookEvent: "comment_created" or "comment_updated", Comment: { } comment } => [ApplyJiraComment.From(index, comment, deleted: false)],
            { WebhookEvent: "comment_deleted", Comment: { } comment } => [ApplyJiraComment.From(index, comment, deleted: true)],
            { WebhookEvent: "jira:issue_updated", MovesStatus: true, Issue: { Fields: not null } issue } => [ApplyJiraIssue.From(index, issue, webhook.User?.AccountId, JiraChangeRoute.Webhook)],
            { WebhookEvent: "jira:issue_deleted" } => [new UnlinkDeletedJiraIssue(index.RequestId, index.Id, index.IssueKey, webhook.User?.AccountId)],
            _ => [],
        };
    }
}
