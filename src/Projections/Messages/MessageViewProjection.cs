namespace Milestone.Projections.Messages;

public sealed partial class MessageViewProjection : MultiStreamProjection<MessageView, Guid>
{
    public MessageViewProjection()
    {
        Identity<MessagePosted>(posted => posted.MessageId);
        Identity<MessageEdited>(edited => edited.MessageId);
        Identity<MessageDeleted>(deleted => deleted.MessageId);
    }

    public static MessageView Create(MessagePosted posted) => new(
        posted.MessageId,
        posted.RequestId,
        posted.ClientId,
        posted.AuthorId,
        posted.ByStaff,
        posted.Internal,
        posted.Body,
        posted.PostedAt);

    public static MessageView Apply(MessageEdited edited, MessageView message) => message with
    {
        Body = edited.Body,
        EditedAt = edited.EditedAt,
        PriorVersions = [.. message.PriorVersions, new PriorVersion(message.Body, edited.EditedAt)],
    };

    public static MessageView Apply(MessageDeleted deleted, MessageView message) => message with { DeletedAt = deleted.DeletedAt };
}
