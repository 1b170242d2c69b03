namespace Milestone.Api;

/// <summary>Fields of the RFC 4180 CSV files Milestone writes (statements, review packs).</summary>
public static class CsvFields
{
    /// <summary>Quoted when it holds a comma, a quote or a line break; quotes doubled.</summary>
    public static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    /// <summary>Free text typed by people is kept from starting a spreadsheet formula (OWASP's CSV injection advice).</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value ?? string.Empty;
}
