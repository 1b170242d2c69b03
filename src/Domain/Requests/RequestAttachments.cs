namespace Milestone.Domain.Requests;

/// <summary>Files attached to a request: screenshots, logs, documents.</summary>
public sealed partial record Request
{
    public const int MaxAttachments = 100;

    public ImmutableHashSet<Guid> Attachments { get; init; } = [];

    /// <summary>Attaching the same attachment id again changes nothing, so a retried upload is safe.</summary>
    public IEnumerable<object> AddAttachment(
        Actor actor, Guid attachmentId, string fileName, string contentType, long size, string sha256, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireStaffOrThisClient(actor, "attach files to");
        if (Attachments.Contains(attachmentId))
        {
            return [];
        }

        if (Status == RequestStatus.Cancelled)
        {
            throw IllegalMove("attach files to");
        }

        return Attachments.Count >= MaxAttachments
            ? throw new CommandRejected(Rejection.Conflict, $"A request holds at most {MaxAttachments} files.")
            : [new AttachmentAdded(Id, ClientId, attachmentId, fileName, contentType, size, sha256, actor.PersonId, now)];
    }

    private Request EvolveAttachments(object @event) =>
        @event is AttachmentAdded added ? this with { Attachments = Attachments.Add(added.AttachmentId) } : this;
}
