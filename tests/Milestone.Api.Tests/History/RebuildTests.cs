using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Milestone.Api.Tests.HourBanks;
using Milestone.Api.Tests.Infrastructure;
using Milestone.Api.Tests.Sla;
using Npgsql;

namespace Milestone.Api.Tests.History;

/// <summary>Every projection rebuilt from a realistic history comes out exactly as the live read models, row by row.</summary>
public sealed class RebuildTests(SlaApp app) : IClassFixture<SlaApp>
{
    private const string Post = "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }";

    [Fact]
    public async Task Rebuilding_every_projection_reproduces_the_live_read_models()
    {
        await SeedAsync();
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var live = await ReadModelsAsync();

        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var projection in Rebuildable())
        {
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var rebuilt = await ReadModelsAsync();
        Assert.Equal(live.Keys, rebuilt.Keys);
        Assert.All(live, table => Assert.Equal(table.Value, rebuilt[table.Key]));
        Assert.Contains(live, table => table.Key.EndsWith("mt_doc_requestdetails", StringComparison.Ordinal) && table.Value.Count == 2);
    }

    /// <summary>Two requests of a client with an hour bank: messages public and internal, worklogs, status changes, SLA clocks paused, resumed and stopped.</summary>
    private async Task SeedAsync()
    {
        await app.DefaultPolicyAsync();
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var first = scene.RequestId;
        var second = await app.SubmitAsync(scene.ClientAdmin, "HIGH");
        await app.ChangedAsync(scene.Agent, $"mutation {{ startWork(requestId: \"{first}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Checked the logs", @internal = true });
        await app.ChangedAsync(scene.Agent, Post, new { requestId = first, body = "Which printer?", @internal = false });
        await app.ChangedAsync(scene.Agent, $"mutation {{ waitOnClient(requestId: \"{first}\", version: 4, reason: \"Which printer?\") {{ id }} }}", new { });
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ChangedAsync(scene.ClientAdmin, Post, new { requestId = first, body = "Floor 3" });
        await app.LogAsync(scene, 45);
        await app.LogAsync(scene, 20, billable: false, requestId: second);
        await app.ChangedAsync(scene.Agent, $"mutation {{ completeRequest(requestId: \"{first}\", version: 6) {{ id }} }}", new { });
    }

    private IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable() =>
        ((StoreOptions)app.Store.Options).Projections.All.Where(projection => projection.Lifecycle != ProjectionLifecycle.Live);

    /// <summary>Every document table the projections write, as (id, data) rows in id order.</summary>
    private async Task<Dictionary<string, List<(string Id, string Data)>>> ReadModelsAsync()
    {
        var tables = Rebuildable().SelectMany(projection => projection.PublishedTypes())
            .Select(type => app.Store.Options.FindOrResolveDocumentType(type).TableName.QualifiedName).Distinct().Order();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var readModels = new Dictionary<string, List<(string, string)>>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT id::text, data::text FROM {table} ORDER BY id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<(string, string)>();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }

            readModels[table] = rows;
        }

        return readModels;
    }
}
