using System.Text.Json;
using Marten.Storage;
using Npgsql;

namespace Milestone.Projections.History;

/// <summary>
/// Writes streams' events as JSON Lines, one event a line, exactly as stored: the data, the type and
/// the actor the hash covers, so an auditor can recompute the chain from the file alone.
/// </summary>
public static class HistoryExport
{
    private const string StreamEvents = $"""
        SELECT stream_id, version, seq_id, type, timestamp, user_name, data::text, headers ->> '{HistoryChain.HashHeader}'
          FROM {Storage.EventTable}
         WHERE stream_id = ANY(@streams)
         ORDER BY array_position(@streams, stream_id), version
        """;

    /// <summary>A request's stream and its SLA clock's.</summary>
    public static IReadOnlyList<Guid> StreamsOfRequest(Guid requestId) => [requestId, SlaClock.IdFor(requestId)];

    /// <summary>A client's own stream, each of its requests with its SLA clock, and its hour bank.</summary>
    public static async Task<IReadOnlyList<Guid>> StreamsOfClientAsync(IQuerySession session, Guid clientId, CancellationToken cancellation)
    {
        var requests = await session.Query<RequestDetails>().Where(request => request.ClientId == clientId).OrderBy(request => request.Id)
            .Select(request => request.Id).ToListAsync(cancellation);
        return [clientId, .. requests.SelectMany(StreamsOfRequest), HourBank.IdFor(clientId)];
    }

    /// <summary>Writes the streams' events in the order given, each stream by version; answers how many lines it wrote.</summary>
    public static async Task<int> WriteAsync(IMartenDatabase database, IReadOnlyList<Guid> streams, Stream output, CancellationToken cancellation)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(StreamEvents, connection);
        command.Parameters.AddWithValue("streams", streams.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var lines = 0;
        while (await reader.ReadAsync(cancellation))
        {
            await using (var line = new Utf8JsonWriter(output))
            {
                line.WriteStartObject();
                line.WriteString("stream", reader.GetGuid(0));
                line.WriteNumber("version", reader.GetInt64(1));
                line.WriteNumber("sequence", reader.GetInt64(2));
                line.WriteString("type", reader.GetString(3));
                line.WriteString("timestamp", reader.GetFieldValue<DateTimeOffset>(4));
                line.WriteString("actor", reader.IsDBNull(5) ? null : reader.GetString(5));
                line.WritePropertyName("data");
                line.WriteRawValue(reader.GetString(6));
                line.WriteString("hash", reader.IsDBNull(7) ? null : reader.GetString(7));
                line.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
            lines++;
        }

        await output.FlushAsync(cancellation);
        return lines;
    }
}
