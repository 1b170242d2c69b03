namespace Milestone.Host.Commands;

/// <summary>The nodes serving the database a command works on: those that recorded themselves alive in the last 30 s (they do every few seconds).</summary>
public static class ServingNodes
{
    private static readonly TimeSpan AliveWithin = TimeSpan.FromSeconds(30);

    public static async Task<int> CountAsync(IServiceProvider services)
    {
        await using var connection = new NpgsqlConnection(services.GetRequiredService<MainDatabase>().ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from {MilestoneHost.SchemaName}.wolverine_nodes where health_check > now() - @within", connection);
        command.Parameters.AddWithValue("within", AliveWithin);
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    public static string Say(int count) => count == 1 ? "1 node is" : $"{count} nodes are";
}
