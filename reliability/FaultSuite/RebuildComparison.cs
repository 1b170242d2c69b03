using Marten;
using Marten.Events;
using Marten.Events.Daemon.Coordination;
using Wolverine.Runtime.Agents;
using Milestone.Host;
using Milestone.Tests.Shared;

namespace Milestone.FaultSuite;

using Snapshot = Dictionary<string, List<(string Id, string Data)>>;

/// <summary>
/// The read models as the faults left them, against every projection rebuilt from the events, in a host
/// started inside the suite once the load is over.
/// </summary>
public static class RebuildComparison
{
    public static async Task<IReadOnlyList<Check>> CheckAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(MilestoneHost).Assembly.GetName().Name, EnvironmentName = "Development" });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddMilestone(connectionString);
        await using var app = builder.Build();
        app.UseMilestone();
        await app.StartAsync();

        await ProjectionsRunningHereAsync(app);
        await app.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var live = await ReadModelSnapshot.TakeAsync(store, connectionString);
        await ReadModelSnapshot.RebuildEveryProjectionAsync(app.Services, TimeSpan.FromMinutes(2));
        var rebuilt = await ReadModelSnapshot.TakeAsync(store, connectionString);
        await app.StopAsync();

        return
        [
            new($"read model tables differing from their rebuild from events (of {live.Count}, reporting included)", 0, live.Count(table => !rebuilt.TryGetValue(table.Key, out var rows) || !rows.SequenceEqual(table.Value))),
            Missing("read model rows the rebuild does not reproduce", live, rebuilt),
            Missing("rebuilt rows missing from the read models", rebuilt, live),
        ];
    }

    /// <summary>Rows of <paramref name="these"/> that <paramref name="those"/> lacks, as a multiset: a doubled row counts once too many.</summary>
    private static Check Missing(string guarantee, Snapshot these, Snapshot those)
    {
        var missing = new List<(string Table, string Id, string Data)>();
        foreach (var (table, rows) in these)
        {
            var unmatched = (those.GetValueOrDefault(table) ?? []).GroupBy(row => row).ToDictionary(row => row.Key, row => row.Count());
            foreach (var row in rows)
            {
                if (unmatched.GetValueOrDefault(row) > 0)
                {
                    unmatched[row]--;
                }
                else
                {
                    missing.Add((table, row.Id, row.Data));
                }
            }
        }

        var detail = string.Join("; ", missing.GroupBy(row => row.Table).Select(table => $"{table.Key}: {table.Count()} (first {table.First().Id}: {Shorten(table.First().Data)})"));
        return new Check(guarantee, 0, missing.Count, detail);
    }

    private static string Shorten(string row) => row.Length > 300 ? row[..300] + "…" : row;

    /// <summary>The killed node is only declared dead after the cluster's stale-node timeout; until then it holds the projections.</summary>
    private static async Task ProjectionsRunningHereAsync(WebApplication app)
    {
        var coordinator = app.Services.GetRequiredService<IProjectionCoordinator>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                coordinator.DaemonForMainDatabase();
                return;
            }
            catch (DaemonNotRunningOnThisNodeException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
