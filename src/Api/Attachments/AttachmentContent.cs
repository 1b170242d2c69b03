namespace Milestone.Api.Attachments;

/// <summary>The bytes of an attachment, kept beside the event store rather than in it.</summary>
public sealed record AttachmentContent(Guid Id, Guid RequestId, byte[] Bytes);
