namespace Milestone.Domain.Requests;

/// <summary>The conversation on a request (Messenger).</summary>
public sealed partial record Request
{
    public const int MessageMaxLength = 20_000;

    public ImmutableDictionary<Guid, PostedMessage> Messages { get; init; } = ImmutableDictionary<Guid, PostedMessage>.Empty;

    /// <summary>
    /// Post a reply, or for staff an internal note. A reply from the client while the team waits on
    /// them resumes the work. Posting under the same key again changes nothing, so a retried post is safe;
    /// the same key with another text is refused.
    /// </summary>
    public IEnumerable<object> PostMessage(Actor actor, string key, string body, bool internalNote, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireNotExecutive(actor, "post messages");
        if (internalNote && !actor.IsStaff)
        {
            throw new CommandRejected(Rejection.Forbidden, "Internal notes are for staff only.", "internal");
        }

        CallerKeys.RequireValid(key, "idempotencyKey");
        var messageId = CallerKeys.MessageId(Id, actor, key);
        var text = MessageText(body);
        if (Messages.TryGetValue(messageId, out var earlier))
        {
            return earlier.AsPosted == text && earlier.Internal == internalNote ? [] : throw CallerKeys.ReusedWithOtherPayload("idempotencyKey");
        }

        if (Status == RequestStatus.Cancelled)
        {
            throw IllegalMove("write on");
        }

        var posted = new MessagePosted(Id, ClientId, messageId, actor.PersonId, actor.IsStaff, internalNote, text, now, actor.Source);
        return !actor.IsStaff && Status == RequestStatus.WaitingOnClient
            ? [posted, new WorkResumed(Id, ClientId, actor.PersonId, now)]
            : [posted];
    }

    public IEnumerable<object> EditMessage(Actor actor, Guid messageId, string body, DateTimeOffset now)
    {
        var message = OwnMessage(actor, messageId);
        if (message.Deleted)
        {
            throw new CommandRejected(Rejection.Conflict, "A deleted message cannot be edited.");
        }

        var text = MessageText(body);
        return text == message.Body ? [] : [new MessageEdited(Id, ClientId, messageId, message.Internal, text, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> DeleteMessage(Actor actor, Guid messageId, DateTimeOffset now)
    {
        var message = OwnMessage(actor, messageId);
        return message.Deleted ? [] : [new MessageDeleted(Id, ClientId, messageId, message.Internal, actor.PersonId, now, actor.Source)];
    }

    private PostedMessage OwnMessage(Actor actor, Guid messageId)
    {
        RequireVisibleTo(actor);
        if (!Messages.TryGetValue(messageId, out var message) || (message.Internal && !actor.IsStaff))
        {
            throw new CommandRejected(Rejection.NotFound, "This request has no such message.", "messageId");
        }

        return message.AuthorId == actor.PersonId
            ? message
            : throw new CommandRejected(Rejection.Forbidden, "Only the author may change a message.");
    }

    private static string MessageText(string body)
    {
        var text = body.Trim();
        return text.Length switch
        {
            0 => throw new CommandRejected(Rejection.Invalid, "Write something.", "body"),
            > MessageMaxLength => throw new CommandRejected(Rejection.Invalid, $"A message has at most {MessageMaxLength} characters.", "body"),
            _ => text,
        };
    }

    private Request EvolveMessages(object @event) => @event switch
    {
        MessagePosted posted => this with
        {
            Messages = Messages.Add(posted.MessageId, new PostedMessage(posted.AuthorId, posted.Internal, posted.Body, posted.Body, Deleted: false)),
        },
        MessageEdited edited => this with { Messages = Messages.SetItem(edited.MessageId, Messages[edited.MessageId] with { Body = edited.Body }) },
        MessageDeleted deleted => this with { Messages = Messages.SetItem(deleted.MessageId, Messages[deleted.MessageId] with { Deleted = true }) },
        _ => this,
    };
}

/// <summary>A message as it reads now, and as it was first posted (what a retry of the post must repeat).</summary>
public sealed record PostedMessage(Guid AuthorId, bool Internal, string AsPosted, string Body, bool Deleted);
