using Milestone.Host;

namespace Milestone.Api.Tests.Reliability;

/// <summary>How far the event store has come: the number of events and the highest sequence number.</summary>
public sealed record EventStoreMark(long Count, long LastSequence)
{
    public static async Task<EventStoreMark> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*), coalesce(max(seq_id), 0) from {MilestoneHost.SchemaName}.mt_events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new EventStoreMark(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The events appended after this mark, as "type (stream)", to say what a request that should have written nothing wrote.</summary>
    public async Task<IReadOnlyList<string>> WrittenSinceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select type, stream_id from {MilestoneHost.SchemaName}.mt_events where seq_id > @last order by seq_id", connection);
        command.Parameters.AddWithValue("last", LastSequence);
        await using var reader = await command.ExecuteReaderAsync();
        var written = new List<string>();
        while (await reader.ReadAsync())
        {
            written.Add($"{reader.GetString(0)} ({reader.GetValue(1)})");
        }

        return written;
    }
}
