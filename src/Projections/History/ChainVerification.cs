using Marten.Storage;
using Npgsql;

namespace Milestone.Projections.History;

/// <summary>Where a stream's chain breaks first: the event whose hash does not follow from its contents and the link before it.</summary>
public sealed record BrokenLink(Guid StreamId, long Version, long Sequence, string Type, string Problem);

public sealed record ChainReport(long Events, long Streams, IReadOnlyList<BrokenLink> Broken)
{
    public bool Intact => Broken.Count == 0;
}

/// <summary>
/// Recomputes every link of every stream in the database with the same function the trigger used,
/// and compares the streams' recorded versions with their last events, so an altered, re-hashed,
/// removed or truncated event is found.
/// </summary>
public static class ChainVerification
{
    // Marten fills gaps in the sequence after a failed append with tombstone events of its own, outside any stream's chain.
    private const string NotTombstone = "type <> 'tombstone'";

    private const string FirstBreakPerStream = $"""
        WITH links AS (
          SELECT seq_id, stream_id, version, type, headers ->> '{HistoryChain.HashHeader}' AS stored,
                 {HistoryChain.HashFunction}(lag(headers ->> '{HistoryChain.HashHeader}') OVER stream, stream_id, version, type, data, user_name, timestamp) AS expected,
                 coalesce(lag(version) OVER stream, 0) AS previous_version
            FROM {Storage.EventTable}
           WHERE {NotTombstone}
          WINDOW stream AS (PARTITION BY stream_id ORDER BY version))
        SELECT DISTINCT ON (stream_id) stream_id, version, seq_id, type,
               CASE WHEN previous_version <> version - 1 THEN 'the events between versions ' || previous_version || ' and ' || version || ' are missing'
                    WHEN stored IS NULL THEN 'it carries no hash'
                    ELSE 'its hash does not follow from its contents and the hash before it' END
          FROM links
         WHERE stored IS DISTINCT FROM expected OR previous_version <> version - 1
         ORDER BY stream_id, version
        """;

    private const string TruncatedStreams = $"""
        SELECT streams.id, coalesce(max(events.version), 0) + 1, coalesce(max(events.seq_id), 0), 'missing',
               'the stream is at version ' || streams.version || ' but its last event is version ' || coalesce(max(events.version), 0)
          FROM {Storage.SchemaName}.mt_streams streams
          LEFT JOIN {Storage.EventTable} events ON events.stream_id = streams.id
         WHERE NOT EXISTS (SELECT 1 FROM {Storage.EventTable} tombstones WHERE tombstones.stream_id = streams.id AND tombstones.type = 'tombstone')
         GROUP BY streams.id, streams.version
        HAVING streams.version > coalesce(max(events.version), 0)
        """;

    private const string UnbrokenLinksOfStream = $"""
        SELECT version
          FROM (SELECT version, headers ->> '{HistoryChain.HashHeader}' AS stored,
                       {HistoryChain.HashFunction}(lag(headers ->> '{HistoryChain.HashHeader}') OVER stream, stream_id, version, type, data, user_name, timestamp) AS expected,
                       coalesce(lag(version) OVER stream, 0) AS previous_version
                  FROM {Storage.EventTable}
                 WHERE stream_id = @stream AND {NotTombstone}
                WINDOW stream AS (ORDER BY version)) links
         WHERE stored = expected AND previous_version = version - 1
        """;

    private const string Counts = $"SELECT count(*), count(DISTINCT stream_id) FROM {Storage.EventTable} WHERE {NotTombstone}";

    public static async Task<ChainReport> VerifyAsync(IMartenDatabase database, CancellationToken cancellation)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var broken = (await BrokenAsync(connection, FirstBreakPerStream, cancellation))
            .Concat(await BrokenAsync(connection, TruncatedStreams, cancellation))
            .GroupBy(link => link.StreamId)
            .Select(stream => stream.MinBy(link => link.Version)!)
            .OrderBy(link => link.Sequence)
            .ToList();

        await using var count = new NpgsqlCommand(Counts, connection);
        await using var reader = await count.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return new ChainReport(reader.GetInt64(0), reader.GetInt64(1), broken);
    }

    /// <summary>
    /// The versions of one stream whose link holds as stored now: the event's hash follows from its contents and
    /// the hash before it, and no event is missing before it. Checked each time a history is served, so that a row
    /// altered in the database shows as soon as it is read, not only when <c>history verify</c> next runs.
    /// </summary>
    public static async Task<IReadOnlySet<long>> UnbrokenVersionsAsync(IMartenDatabase database, Guid streamId, CancellationToken cancellation)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(UnbrokenLinksOfStream, connection);
        command.Parameters.AddWithValue("stream", streamId);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var versions = new HashSet<long>();
        while (await reader.ReadAsync(cancellation))
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private static async Task<IReadOnlyList<BrokenLink>> BrokenAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var broken = new List<BrokenLink>();
        while (await reader.ReadAsync(cancellation))
        {
            broken.Add(new BrokenLink(reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4)));
        }

        return broken;
    }
}
