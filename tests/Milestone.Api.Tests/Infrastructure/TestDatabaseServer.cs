using Microsoft.Extensions.Logging.Abstractions;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started the same way the host starts its
/// embedded one; every host fixture gets a database of its own on it, so collections run in parallel.
/// </summary>
public static class TestDatabaseServer
{
    private static readonly Lazy<EmbeddedPostgres> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(Server.Value.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return Server.Value.ConnectionString(name);
    }

    private static EmbeddedPostgres Start()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-tests", $"pg-{Environment.ProcessId}");
        var server = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance, fastButUnsafe: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            Directory.Delete(dataDirectory, recursive: true);
            File.Delete(dataDirectory + ".log");
            File.Delete(dataDirectory + ".lock");
            File.Delete(dataDirectory + ".password");
        };
        return server;
    }
}
