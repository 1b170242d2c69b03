namespace Milestone.Api.Sla;

/// <summary>The events of many streams in a few queries instead of one per stream: what a replay over a period reads.</summary>
public static class StreamHistories
{
    private const int StreamsPerQuery = 500;

    /// <summary>Each stream's events in stream order; a stream with none is absent.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<object>>> ReadAsync(
        this IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellation)
    {
        var histories = new Dictionary<Guid, IReadOnlyList<object>>();
        foreach (var chunk in streamIds.Distinct().Chunk(StreamsPerQuery))
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => e.StreamId.IsOneOf(chunk))
                .OrderBy(e => e.Sequence)
                .ToListAsync(cancellation);
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                histories[stream.Key] = [.. stream.OrderBy(e => e.Version).Select(e => e.Data)];
            }
        }

        return histories;
    }
}
