namespace Milestone.Domain.Projects;

/// <summary>The limits on what people type into a project, and on its dates.</summary>
internal static class ProjectText
{
    /// <summary>Dates far outside working lives are typing mistakes, and would overflow date arithmetic at the calendar's ends.</summary>
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public static string Required(string? text, string field, int maxLength, string whenBlank)
    {
        RequestRules.RequireText(text, field, maxLength, whenBlank);
        return text!.Trim();
    }

    public static string Optional(string? text, string field, int maxLength)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= maxLength ? trimmed : throw new CommandRejected(Rejection.Invalid, $"The {field} is at most {maxLength:N0} characters.", field);
    }

    public static void RequireDates(DateOnly? start, DateOnly? end, string startField, string endField)
    {
        if (start is { } first && (first < Earliest || first > Latest))
        {
            throw new CommandRejected(Rejection.Invalid, "Give a date from the year 2000 to 2100.", startField);
        }

        if (end is { } last && (last < Earliest || last > Latest))
        {
            throw new CommandRejected(Rejection.Invalid, "Give a date from the year 2000 to 2100.", endField);
        }

        if (start > end)
        {
            throw new CommandRejected(Rejection.Invalid, "The end comes on or after the start.", endField);
        }
    }
}
