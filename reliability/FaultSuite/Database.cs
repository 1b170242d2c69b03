using Milestone.Host.Database;
using Npgsql;

namespace Milestone.FaultSuite;

public static class Database
{
    public static async Task<string> CreateAsync(EmbeddedPostgres postgres, string name)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return postgres.ConnectionString(name);
    }
}
