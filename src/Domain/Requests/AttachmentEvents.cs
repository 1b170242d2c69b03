namespace Milestone.Domain.Requests;

/// <summary>
/// A file was attached to a request. Only its description is an event; the content is stored beside
/// the event store, found by <see cref="AttachmentId"/> and checked by <see cref="Sha256"/>.
/// </summary>
public sealed record AttachmentAdded(
    Guid RequestId,
    Guid ClientId,
    Guid AttachmentId,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    Guid AddedBy,
    DateTimeOffset AddedAt) : IRequestEvent;
