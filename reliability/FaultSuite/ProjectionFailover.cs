namespace Milestone.FaultSuite;

/// <summary>
/// SIGKILL the node running the most asynchronous projections, mid-load: each projection it held must move past the
/// event sequence at the kill within 30 s, on a survivor. Ownership passing on is not enough; the work must go on.
/// </summary>
public static class ProjectionFailover
{
    public static readonly TimeSpan Promise = TimeSpan.FromSeconds(30);

    public static async Task<(HostNode Victim, Check Check)> KillAndWatchAsync(ClusterView cluster, IReadOnlyList<HostNode> nodes, IReadOnlyList<Site> sites)
    {
        var (victim, held) = await cluster.BusiestAsync(nodes, ClusterView.Projections);
        await victim.KillAsync();
        var killed = DateTime.UtcNow;

        // Read after the kill: whatever the victim committed before it died is part of what must be projected.
        var atKill = new Dictionary<Site, long>();
        foreach (var site in sites)
        {
            atKill[site] = await new Verification(site.ConnectionString).ScalarAsync("SELECT coalesce(max(seq_id), 0) FROM milestone.mt_events");
        }

        var projections = held.Select(agent => Locate(agent, sites)).ToList();
        var behind = projections;
        while (true)
        {
            behind = [];
            foreach (var projection in projections)
            {
                var position = await new Verification(projection.Site.ConnectionString).ScalarAsync(
                    $"SELECT coalesce(max(last_seq_id), 0) FROM milestone.mt_event_progression WHERE lower(replace(name, ':', '/')) = '{projection.Shard}'");
                if (position < atKill[projection.Site])
                {
                    behind.Add(projection with { Position = position });
                }
            }

            if (behind.Count == 0 || DateTime.UtcNow - killed > Promise)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        var took = DateTime.UtcNow - killed;
        return (victim, new Check(
            $"asynchronous projections the SIGKILLed node ran that passed the event sequence at the kill within {Promise.TotalSeconds:0} s",
            projections.Count,
            projections.Count - behind.Count,
            behind.Count == 0
                ? $"all {projections.Count} within {took.TotalSeconds:0.0} s"
                : string.Join("; ", behind.Select(projection => $"{projection.Shard} at {projection.Position} of {atKill[projection.Site]}"))));
    }

    /// <summary>event-subscriptions://marten/main/127!0!0!1.faults/reportingrequests/all: the database, then the shard in lower case.</summary>
    private static HeldProjection Locate(string agent, IReadOnlyList<Site> sites)
    {
        var segments = agent.TrimEnd('/').Split('/');
        var site = sites.Single(site => segments[^3].EndsWith("." + site.DatabaseName, StringComparison.Ordinal));
        return new HeldProjection(site, $"{segments[^2]}/{segments[^1]}", 0);
    }

    private sealed record HeldProjection(Site Site, string Shard, long Position);
}
