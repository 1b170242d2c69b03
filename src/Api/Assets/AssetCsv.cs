using CsvHelper;
using CsvHelper.Configuration;

namespace Milestone.Api.Assets;

/// <summary>
/// Reads an asset import: a header row, then one asset per row. Known columns (any case, spaces or underscores): tag,
/// name, kind, serial_number, status, location, purchased_on, warranty_ends_on, notes; a column headed <c>field:Key</c>
/// is the client's own field Key. Any other column is refused, so a misspelt header is never silently ignored.
/// </summary>
public static class AssetCsv
{
    public const int MaxCharacters = 1_000_000;
    public const string FieldPrefix = "field:";

    private static readonly string[] Known = ["tag", "name", "kind", "serialnumber", "status", "location", "purchasedon", "warrantyendson", "notes"];

    public static IReadOnlyList<AssetRow> Rows(string csv)
    {
        if (csv.Length > MaxCharacters)
        {
            throw Invalid($"Import at most {MaxCharacters:N0} characters at once.");
        }

        // Spreadsheets save CSV with a byte-order mark, which would otherwise be read as part of the first column's name.
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
        try
        {
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
            {
                throw Invalid("Start the file with a header row naming its columns, such as tag,name,kind.");
            }

            var columns = Columns(header);
            var rows = new List<AssetRow>();
            while (reader.Read())
            {
                if (rows.Count == AssetImport.MaxRows)
                {
                    throw Invalid($"Import at most {AssetImport.MaxRows:N0} rows at once.");
                }

                if (reader.Parser.Record?.All(string.IsNullOrWhiteSpace) == true)
                {
                    continue;
                }

                rows.Add(Row(reader, columns));
            }

            return rows;
        }
        catch (CsvHelperException invalid)
        {
            throw Invalid($"The file is not valid CSV near line {invalid.Context?.Parser?.RawRow}.");
        }
    }

    private static CommandRejected Invalid(string message) => new(Rejection.Invalid, message, "csv");

    private static Dictionary<string, int> Columns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Length; index++)
        {
            var heading = header[index].Trim();
            var key = heading.StartsWith(FieldPrefix, StringComparison.OrdinalIgnoreCase)
                ? FieldPrefix + heading[FieldPrefix.Length..].Trim()
                : heading.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (!Known.Contains(key) && !(key.StartsWith(FieldPrefix, StringComparison.OrdinalIgnoreCase) && key.Length > FieldPrefix.Length))
            {
                throw Invalid($"Unknown column \"{heading}\": use {string.Join(", ", Known)}, or field:Name for the client's own fields.");
            }

            if (!columns.TryAdd(key, index))
            {
                throw Invalid($"The column \"{heading}\" is in the header twice.");
            }
        }

        return columns.ContainsKey("tag") ? columns : throw Invalid("The file needs a tag column: an import finds each asset by its tag.");
    }

    private static AssetRow Row(CsvReader reader, Dictionary<string, int> columns)
    {
        string? Cell(string column) => columns.TryGetValue(column, out var index) ? reader.Parser.Record!.ElementAtOrDefault(index) ?? string.Empty : null;
        return new AssetRow(
            reader.Parser.RawRow,
            Cell("tag"),
            Cell("name"),
            Cell("kind"),
            Cell("serialnumber"),
            Cell("status"),
            Cell("location"),
            Cell("purchasedon"),
            Cell("warrantyendson"),
            Cell("notes"),
            [.. columns.Where(column => column.Key.StartsWith(FieldPrefix, StringComparison.Ordinal))
                .Select(column => new AssetField(column.Key[FieldPrefix.Length..], Cell(column.Key)!))]);
    }
}
