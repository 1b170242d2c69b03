using JasperFx.Events.Projections;

namespace Milestone.Api.Sla;

public static class ProjectionLag
{
    /// <summary>How many stored events an asynchronous projection has yet to take in, in the tenant's database; 0 when it is up to date.</summary>
    public static async Task<long> EventsBehindAsync(this IDocumentStore store, string tenantId, string projectionName, CancellationToken cancellation)
    {
        var database = await store.Storage.FindOrCreateDatabase(tenantId);
        var highest = await database.FetchHighestEventSequenceNumber(cancellation);
        var progress = await database.AllProjectionProgress(cancellation);
        return Math.Max(0, highest - PositionOf(progress, projectionName));
    }

    /// <summary>The last event sequence every shard of an asynchronous projection has taken in; 0 before it ran.</summary>
    public static long PositionOf(IEnumerable<ShardState> progress, string projectionName) =>
        progress.Where(shard => shard.ShardName.StartsWith(projectionName + ":", StringComparison.Ordinal)).Select(shard => shard.Sequence).DefaultIfEmpty(0).Min();
}
