namespace Milestone.Host.Commands;

/// <summary>Which node runs each asynchronous projection, as the cluster's leader assigned them (wolverine_node_assignments).</summary>
public static class ProjectionRunners
{
    /// <summary>Node numbers by database name and projection name in lower case, as the agents' addresses spell them.</summary>
    public static async Task<IReadOnlyDictionary<(string Database, string Projection), string>> ByProjectionAsync(IServiceProvider services)
    {
        await using var connection = new NpgsqlConnection(services.GetRequiredService<MainDatabase>().ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
             select assignment.id, node.node_number
             from {MilestoneHost.SchemaName}.wolverine_node_assignments assignment
             join {MilestoneHost.SchemaName}.wolverine_nodes node on node.id = assignment.node_id
             where assignment.id like 'event-subscriptions://%'
             """, connection);
        var runners = new Dictionary<(string, string), string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // event-subscriptions://marten/main/127!0!0!1.milestone/reportingrequests/all
                var segments = reader.GetString(0).TrimEnd('/').Split('/');
                var database = segments[^3][(segments[^3].LastIndexOf('.') + 1)..];
                runners[(database, segments[^2])] = $"node {reader.GetInt32(1)}";
            }
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No node has ever run here.
        }

        return runners;
    }
}
