using System.Text.Json;
using Milestone.Projections.People;
using Npgsql;

namespace Milestone.Projections.History;

/// <summary>
/// Writes streams' events as JSON Lines, one event a line, exactly as stored: the data, the type and
/// the actor the hash covers, so an auditor can recompute the chain from the file alone. Types and the actor
/// carry the names GraphQL's histories use (<c>type: "WorkLogged"</c>, <c>actorId</c>, <c>actorName</c>), so one
/// vocabulary serves both; <c>storedType</c> is the name the hash covers (<c>work_logged</c>).
/// </summary>
public static class HistoryExport
{
    private const string StreamEvents = $"""
        SELECT stream_id, version, seq_id, type, mt_dotnet_type, timestamp, user_name, data::text, headers ->> '{HistoryChain.HashHeader}'
          FROM {Storage.EventTable}
         WHERE stream_id = ANY(@streams)
         ORDER BY array_position(@streams, stream_id), version
        """;

    private const string Actors = $"SELECT DISTINCT user_name FROM {Storage.EventTable} WHERE stream_id = ANY(@streams) AND user_name IS NOT NULL";

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
    public static async Task<int> WriteAsync(IQuerySession session, IReadOnlyList<Guid> streams, Stream output, CancellationToken cancellation)
    {
        await using var connection = session.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var names = await ActorNamesAsync(session, connection, streams, cancellation);
        await using var command = new NpgsqlCommand(StreamEvents, connection);
        command.Parameters.AddWithValue("streams", streams.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var lines = 0;
        while (await reader.ReadAsync(cancellation))
        {
            var actor = reader.IsDBNull(6) ? null : reader.GetString(6);
            await using (var line = new Utf8JsonWriter(output))
            {
                line.WriteStartObject();
                line.WriteString("stream", reader.GetGuid(0));
                line.WriteNumber("version", reader.GetInt64(1));
                line.WriteNumber("sequence", reader.GetInt64(2));
                line.WriteString("type", reader.IsDBNull(4) ? reader.GetString(3) : TypeName(reader.GetString(4)));
                line.WriteString("storedType", reader.GetString(3));
                line.WriteString("timestamp", reader.GetFieldValue<DateTimeOffset>(5));
                line.WriteString("actorId", actor);
                line.WriteString("actorName", Guid.TryParse(actor, out var actorId) ? names.GetValueOrDefault(actorId) : null);
                line.WritePropertyName("data");
                line.WriteRawValue(reader.GetString(7));
                line.WriteString("hash", reader.IsDBNull(8) ? null : reader.GetString(8));
                line.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
            lines++;
        }

        await output.FlushAsync(cancellation);
        return lines;
    }

    // GraphQL names an event by its .NET type's name (RecordedEvent.type); the row keeps the type's full name beside Marten's alias.
    private static string TypeName(string dotNetType)
    {
        var fullName = dotNetType.Split(',')[0];
        return fullName[(fullName.LastIndexOfAny(['.', '+']) + 1)..];
    }

    private static async Task<Dictionary<Guid, string>> ActorNamesAsync(IQuerySession session, NpgsqlConnection connection, IReadOnlyList<Guid> streams, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(Actors, connection);
        command.Parameters.AddWithValue("streams", streams.ToArray());
        var ids = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                if (Guid.TryParse(reader.GetString(0), out var id))
                {
                    ids.Add(id);
                }
            }
        }

        var people = await session.LoadManyAsync<PersonAccount>(cancellation, ids);
        return people.ToDictionary(person => person.Id, person => person.Name);
    }
}
