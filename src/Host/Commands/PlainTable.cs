namespace Milestone.Host.Commands;

/// <summary>Rows as aligned columns of plain text, for a terminal or a pipe: no borders, no colour, no wrapping.</summary>
public static class PlainTable
{
    public static string Format(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd());
        }

        return text.ToString();
    }
}
