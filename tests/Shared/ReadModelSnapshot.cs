using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Milestone.Tests.Shared;

/// <summary>
/// Every document table the projections write, as (id, data) rows in id order, and the rebuild of every
/// projection from the events: the two halves of "the read models equal what the events say".
/// Shared by the rebuild test and the fault suite.
/// </summary>
public static class ReadModelSnapshot
{
    public static async Task<Dictionary<string, List<(string Id, string Data)>>> TakeAsync(IDocumentStore store, string connectionString)
    {
        var tables = Rebuildable(store).SelectMany(projection => projection.PublishedTypes())
            .Select(type => store.Options.FindOrResolveDocumentType(type).TableName.QualifiedName).Distinct().Order();
        await using var connection = new NpgsqlConnection(connectionString);
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

    public static async Task RebuildEveryProjectionAsync(IServiceProvider services, TimeSpan patiencePerProjection)
    {
        var daemon = services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        foreach (var projection in Rebuildable(services.GetRequiredService<IDocumentStore>()))
        {
            await daemon.RebuildProjectionAsync(projection.Name, patiencePerProjection, CancellationToken.None);
        }
    }

    private static IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(projection => projection.Lifecycle != ProjectionLifecycle.Live);
}
