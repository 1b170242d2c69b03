namespace Milestone.Domain.Reports;

/// <summary>A calendar quarter written as yyyy-Qn (2026-Q4): its first and last days.</summary>
public static class Quarter
{
    public static (DateOnly First, DateOnly Last)? Parse(string text)
    {
        if (text.Length != 7 || text[4] != '-' || text[5] is not ('Q' or 'q') || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || text[6] is < '1' or > '4')
        {
            return null;
        }

        var first = new DateOnly(year, ((text[6] - '1') * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>The quarter before, in the same form: 2026-Q1 → 2025-Q4.</summary>
    public static string Previous(DateOnly first) => Of(first.AddMonths(-3));

    public static string Of(DateOnly day) => $"{day.Year:0000}-Q{((day.Month - 1) / 3) + 1}";
}
