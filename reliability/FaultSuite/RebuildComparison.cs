using Marten;
using Milestone.Host;
using Milestone.Tests.Shared;

namespace Milestone.FaultSuite;

using Snapshot = Dictionary<string, List<(string Id, string Data)>>;

/// <summary>
/// The read models as the faults left them, against every projection rebuilt from the events, in each database
/// the run used. Runs once every node is gone and the projections stood at the high-water mark: a projection
/// daemon of its own rebuilds them, so nothing else writes the tables between the two readings.
/// </summary>
public static class RebuildComparison
{
    public static async Task<IReadOnlyList<Check>> CheckAsync(string connectionString, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Site> sites)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(MilestoneHost).Assembly.GetName().Name, EnvironmentName = "Development" });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMilestone(connectionString);
        await using var app = builder.Build();
        var store = app.Services.GetRequiredService<IDocumentStore>();

        var checks = new List<Check>();
        foreach (var site in sites)
        {
            var live = await ReadModelSnapshot.TakeAsync(store, site.ConnectionString);
            using (var daemon = await store.BuildProjectionDaemonAsync(site.Tenant))
            {
                await ReadModelSnapshot.RebuildEveryProjectionAsync(daemon, store, TimeSpan.FromMinutes(2));
            }

            var rebuilt = await ReadModelSnapshot.TakeAsync(store, site.ConnectionString);
            checks.AddRange(site.Name(
            [
                new($"read model tables differing from their rebuild from events (of {live.Count}, reporting included)", 0, live.Count(table => !rebuilt.TryGetValue(table.Key, out var rows) || !rows.SequenceEqual(table.Value))),
                Missing("read model rows the rebuild does not reproduce", live, rebuilt, FieldsDiffering(live, rebuilt)),
                Missing("rebuilt rows missing from the read models", rebuilt, live),
            ]));
        }

        return checks;
    }

    /// <summary>Rows of <paramref name="these"/> that <paramref name="those"/> lacks, as a multiset: a doubled row counts once too many.</summary>
    private static Check Missing(string guarantee, Snapshot these, Snapshot those, string differences = "")
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
        return new Check(guarantee, 0, missing.Count, string.Join(" ", new[] { detail, differences }.Where(part => part.Length > 0)));
    }

    /// <summary>For rows both sides have under one key but with different data: the fields that differ, live against rebuilt.</summary>
    private static string FieldsDiffering(Snapshot live, Snapshot rebuilt)
    {
        var differences = new List<string>();
        foreach (var (table, rows) in live)
        {
            var rebuiltRows = (rebuilt.GetValueOrDefault(table) ?? []).GroupBy(row => row.Id).ToDictionary(row => row.Key, row => row.First().Data);
            foreach (var (id, data) in rows.Where(row => rebuiltRows.TryGetValue(row.Id, out var other) && other != row.Data).Take(5))
            {
                var liveFields = Fields(data);
                var rebuiltFields = Fields(rebuiltRows[id]);
                var changed = liveFields.Keys.Union(rebuiltFields.Keys)
                    .Where(field => liveFields.GetValueOrDefault(field) != rebuiltFields.GetValueOrDefault(field))
                    .Select(field => $"{field} live {liveFields.GetValueOrDefault(field) ?? "absent"}, rebuilt {rebuiltFields.GetValueOrDefault(field) ?? "absent"}");
                differences.Add($"{table} {id}: {string.Join("; ", changed)}");
            }
        }

        return differences.Count == 0 ? "" : $"Differing fields: {string.Join(" | ", differences)}";
    }

    private static Dictionary<string, string?> Fields(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(field => field.Name, field => (string?)Shorten(field.Value.GetRawText()))
            : new Dictionary<string, string?> { ["value"] = Shorten(json) };
    }

    private static string Shorten(string row) => row.Length > 300 ? row[..300] + "…" : row;
}
