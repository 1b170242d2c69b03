namespace Milestone.Api.Jira;

/// <summary>A Jira comment as Jira last described it (or its deletion), to be made true as a message on the request.</summary>
public sealed record ApplyJiraComment(
    Guid RequestId,
    string IssueKey,
    string IssueId,
    string JiraCommentId,
    string? AuthorAccountId,
    string Body,
    bool Restricted,
    DateTimeOffset Updated,
    bool Deleted) : IJiraChange
{
    public static ApplyJiraComment From(JiraIssueIndex index, JiraComment comment, bool deleted) => new(
        index.RequestId, index.IssueKey, index.Id, comment.Id, comment.Author?.AccountId, comment.BodyText, comment.Restricted, comment.Updated, deleted);

    /// <summary>A comment with nothing Milestone can show (only an image, say) still marks the place in the conversation.</summary>
    public string Text => string.IsNullOrWhiteSpace(Body) ? $"(Comment in Jira {IssueKey} without text)" : Body;
}

/// <summary>
/// Makes a Jira comment true on the request through the message decisions (post, edit, delete), with
/// the Jira comment id as the integration's key: a
/// restricted comment becomes an internal note, any other a reply the client sees. Whether it is
/// internal is settled when it is first posted. Stale and duplicate deliveries change nothing, as for
/// worklogs; a deletion is final, so it applies whatever its <c>updated</c> says.
/// </summary>
public static class ApplyJiraCommentHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static async Task<Events> Handle(
        ApplyJiraComment change, [WriteAggregate] Request request, IDocumentSession session, TimeProvider time, ILogger<ApplyJiraComment> logger, CancellationToken cancellation)
    {
        if (!await session.IsNewsAsync(new JiraCommentSeen(change.JiraCommentId, change.IssueId, change.RequestId, change.Updated, change.Deleted), cancellation))
        {
            return [];
        }

        var actor = await session.ActorForAsync(change.AuthorAccountId, cancellation);
        var messageId = CallerKeys.MessageId(request.Id, actor, change.JiraCommentId);
        var exists = request.Messages.TryGetValue(messageId, out var posted) && !posted.Deleted;
        var now = time.GetUtcNow();
        try
        {
            return change switch
            {
                { Deleted: true } when exists => [.. request.DeleteMessage(actor, messageId, now)],
                { Deleted: true } => [],
                _ when exists => [.. request.EditMessage(actor, messageId, change.Text, now)],
                _ => [.. request.PostMessage(actor, change.JiraCommentId, change.Text, change.Restricted, now)],
            };
        }
        catch (CommandRejected refused)
        {
            logger.LogWarning("Milestone refused Jira comment {JiraCommentId} on {IssueKey}: {Reason}", change.JiraCommentId, change.IssueKey, refused.Message);
            session.Store(JiraCorrection.Made(JiraCorrectionKind.Refused, request.Id, change.IssueKey, $"Comment {change.JiraCommentId}: {refused.Message}", now));
            return [];
        }
    }
}
