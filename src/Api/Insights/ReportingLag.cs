namespace Milestone.Api.Insights;

/// <summary>How far the reporting tables trail the event store: the slowest of their projections.</summary>
public sealed class ReportingLag(IDocumentStore store, CurrentTenant tenant)
{
    public async Task<long> EventsBehindAsync(CancellationToken cancellation)
    {
        var behind = 0L;
        foreach (var projection in Projections.Configuration.ReportingProjectionNames)
        {
            behind = Math.Max(behind, await store.EventsBehindAsync(tenant.Id, projection, cancellation));
        }

        return behind;
    }
}
