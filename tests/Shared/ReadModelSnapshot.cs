using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Milestone.Tests.Shared;

/// <summary>
/// Every table the projections write, as (key, row) pairs in key order, and the rebuild of every projection
/// from the events: the two halves of "the read models equal what the events say". Marten's document tables
/// and the asynchronous projections' own <c>reporting</c> tables alike, so a skipped or doubled event in
/// either shows. Shared by the rebuild test and the fault suite.
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
            readModels[table] = await RowsAsync(connection, $"SELECT id::text, data::text FROM {table} ORDER BY id");
        }

        var declared = Rebuildable(store).OfType<EventProjection>().SelectMany(projection => projection.SchemaObjects.OfType<Table>())
            .Select(table => table.Identifier.QualifiedName).ToArray();
        foreach (var (table, key) in await ProjectionTablesAsync(connection, declared))
        {
            readModels[table] = await RowsAsync(connection, $"SELECT concat_ws('/', {key})::text, row_to_json(t)::text FROM {table} t ORDER BY {key}, 2");
        }

        return readModels;
    }

    /// <summary>
    /// Each table of the reporting schema, and each other table a projection declares, with its primary key's columns
    /// (or the whole row, for a table without one).
    /// </summary>
    private static async Task<List<(string Table, string Key)>> ProjectionTablesAsync(NpgsqlConnection connection, string[] declared)
    {
        const string sql = $"""
            SELECT t.table_schema || '.' || t.table_name,
                   coalesce((SELECT string_agg(k.column_name, ', ' ORDER BY k.ordinal_position)
                               FROM information_schema.table_constraints c
                               JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
                              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'), 't::text')
              FROM information_schema.tables t
             WHERE (t.table_schema = '{Milestone.Projections.Storage.ReportingSchema}' OR t.table_schema || '.' || t.table_name = ANY(@declared))
               AND t.table_type = 'BASE TABLE'
             ORDER BY 1
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("declared", declared);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            tables.Add((reader.GetString(0), reader.GetString(1)));
        }

        return tables;
    }

    private static async Task<List<(string, string)>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    public static async Task RebuildEveryProjectionAsync(IProjectionDaemon daemon, IDocumentStore store, TimeSpan patiencePerProjection)
    {
        foreach (var projection in Rebuildable(store))
        {
            await daemon.RebuildProjectionAsync(projection.Name, patiencePerProjection, CancellationToken.None);
        }
    }

    private static IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> Rebuildable(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(projection => projection.Lifecycle != ProjectionLifecycle.Live);
}
