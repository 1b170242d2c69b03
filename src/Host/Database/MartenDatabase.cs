using System.Diagnostics;

namespace Milestone.Host.Database;

/// <summary>
/// The PostgreSQL the host talks to: the one named by <c>ConnectionStrings:Marten</c>, or else a
/// private cluster that this process starts, owns and stops.
/// </summary>
public sealed class MartenDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Marten";
    private const string DatabaseName = "milestone";
    private static readonly TimeSpan OwnerPatience = TimeSpan.FromSeconds(10);

    private readonly EmbeddedPostgres? _embedded;

    private MartenDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    public bool IsEmbedded => _embedded is not null;

    public static MartenDatabase Resolve(IConfiguration configuration, ILogger logger)
    {
        if (configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured)
        {
            return new MartenDatabase(configured, null);
        }

        var dataDirectory = configuration["Milestone:EmbeddedPostgres:DataDirectory"] is { Length: > 0 } chosen
            ? chosen
            : DefaultDataDirectory();
        EmbeddedPostgres embedded;
        try
        {
            embedded = EmbeddedPostgres.Start(dataDirectory, logger);
        }
        catch (EmbeddedPostgresOwnedElsewhereException owned)
        {
            return new MartenDatabase(RunningElsewhere(owned.DataDirectory, logger), null);
        }

        CreateDatabaseIfMissing(embedded);
        logger.LogInformation("Started embedded PostgreSQL on port {Port} with data in {DataDirectory}", embedded.Port, dataDirectory);
        return new MartenDatabase(embedded.ConnectionString(DatabaseName), embedded);
    }

    /// <summary>
    /// Another process (usually the running service) owns the cluster: use it rather than start a second one. The owner
    /// announces the port once its server answers, so a command started with it waits a little for that.
    /// </summary>
    private static string RunningElsewhere(string dataDirectory, ILogger logger)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (EmbeddedPostgres.ConnectionStringOfRunning(dataDirectory, DatabaseName) is { } running && Answers(running))
            {
                logger.LogInformation("Using the embedded PostgreSQL another process runs on {DataDirectory}", dataDirectory);
                return running;
            }

            if (waited.Elapsed > OwnerPatience)
            {
                throw new StartupFailure(
                    $"The embedded PostgreSQL in {dataDirectory} belongs to another running process, but it does not answer " +
                    $"(see {dataDirectory}.port and {dataDirectory}.log); wait for that process to finish starting, or stop it.");
            }

            Thread.Sleep(250);
        }
    }

    private static bool Answers(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString);
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }

    private static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "milestone", "postgres");

    private static void CreateDatabaseIfMissing(EmbeddedPostgres server)
    {
        using var connection = new NpgsqlConnection(server.ConnectionString());
        connection.Open();
        using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"create database \"{DatabaseName}\"", connection);
            create.ExecuteNonQuery();
        }
    }
}
