namespace Milestone.Api.Attachments;

/// <summary>Bound from <c>Milestone:Attachments</c>.</summary>
public sealed class AttachmentSettings
{
    public const string Section = "Milestone:Attachments";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public string[] AllowedContentTypes { get; set; } =
    [
        "image/png", "image/jpeg", "image/gif", "image/webp",
        "application/pdf", "text/plain", "text/csv", "message/rfc822", "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ];
}
