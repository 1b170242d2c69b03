namespace Milestone.Domain.Requests;

/// <summary>The limits on what people write on a request, refused with the field they wrote it in.</summary>
public static class RequestRules
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int ReasonMaxLength = 2_000;

    public static void RequireTitle(string? title, int maxLength) => RequireText(title, "title", maxLength, "Title is required.");

    public static void RequireReason(string? reason) => RequireText(reason, "reason", ReasonMaxLength, "Give a reason.");

    /// <summary>Text that must say something, within its limit.</summary>
    public static void RequireText(string? text, string field, int maxLength, string whenBlank)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CommandRejected(Rejection.Invalid, whenBlank, field);
        }

        RequireAtMost(text, field, maxLength);
    }

    public static void RequireAtMost(string? text, string field, int maxLength)
    {
        if (text?.Length > maxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"The {field} has at most {maxLength} characters.", field);
        }
    }

    public static void RequireKnown(Urgency urgency)
    {
        if (!Enum.IsDefined(urgency))
        {
            throw new CommandRejected(Rejection.Invalid, "There is no such urgency.", "urgency");
        }
    }
}
