using Marten;
using Marten.Events;
using Milestone.Host;
using Milestone.Tests.Shared;

namespace Milestone.FaultSuite;

/// <summary>
/// The read models as the faults left them, against every projection rebuilt from the events, in a host
/// started inside the suite once the load is over.
/// </summary>
public static class RebuildComparison
{
    public static async Task<Check> CheckAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
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

        await app.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var live = await ReadModelSnapshot.TakeAsync(store, connectionString);
        await ReadModelSnapshot.RebuildEveryProjectionAsync(app.Services, TimeSpan.FromMinutes(2));
        var rebuilt = await ReadModelSnapshot.TakeAsync(store, connectionString);
        await app.StopAsync();

        var differing = live.Count(table => !rebuilt.TryGetValue(table.Key, out var rows) || !rows.SequenceEqual(table.Value));
        return new Check($"read model tables differing from their rebuild from events (of {live.Count})", 0, differing);
    }
}
