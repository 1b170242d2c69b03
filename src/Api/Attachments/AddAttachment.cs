using System.Security.Cryptography;
using FluentValidation;

namespace Milestone.Api.Attachments;

public sealed record AddAttachment(Guid RequestId, Actor Actor, Guid AttachmentId, string FileName, string ContentType, byte[] Content) : IActorCommand;

public sealed class AddAttachmentValidator : AbstractValidator<AddAttachment>
{
    public const int FileNameMaxLength = 255;

    public AddAttachmentValidator(IOptions<AttachmentSettings> settings)
    {
        RuleFor(command => command.FileName)
            .Must(IsPlainName)
            .WithMessage("Give the file a plain name.")
            .MaximumLength(FileNameMaxLength);
        RuleFor(command => command.ContentType)
            .Must(type => settings.Value.AllowedContentTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            .WithMessage("That kind of file cannot be attached.");
        RuleFor(command => command.Content)
            .Must(content => content.Length > 0).WithMessage("The file is empty.")
            .Must(content => content.Length <= settings.Value.MaxBytes).WithMessage($"Files may be at most {settings.Value.MaxBytes / (1024 * 1024)} MB.");
    }

    /// <summary>
    /// No path, no control characters (a line break in a name is a header waiting to be injected) and
    /// no U+FFFD, which is what a name sent in invalid UTF-8 decodes to.
    /// </summary>
    private static bool IsPlainName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(['/', '\\', '\uFFFD']) < 0 && !name.Any(char.IsControl);
}

public static class AddAttachmentHandler
{
    public static (Events, IMartenOp) Handle(AddAttachment command, [WriteAggregate] Request request, TimeProvider time)
    {
        var events = request.AddAttachment(
            command.Actor,
            command.AttachmentId,
            command.FileName.Trim(),
            command.ContentType.ToLowerInvariant(),
            command.Content.Length,
            Convert.ToHexStringLower(SHA256.HashData(command.Content)),
            time.GetUtcNow()).ToList();
        return events.Count == 0
            ? ([], MartenOps.Nothing())
            : ([.. events], MartenOps.Insert(new AttachmentContent(command.AttachmentId, command.RequestId, command.Content)));
    }
}
