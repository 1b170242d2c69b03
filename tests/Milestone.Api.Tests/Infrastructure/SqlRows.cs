using Npgsql;

namespace Milestone.Api.Tests.Infrastructure;

public static class SqlRows
{
    /// <summary>Each row as its columns joined by '|', in invariant culture, dates as yyyy-MM-dd and nulls as nothing.</summary>
    public static async Task<List<string>> RowsAsync(this NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(column => reader.IsDBNull(column) ? string.Empty : reader.GetValue(column) switch
            {
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString(),
            })));
        }

        return rows;
    }
}
