namespace Milestone.Host.Database;

/// <summary>
/// The PostgreSQL the host talks to: the one named by <c>ConnectionStrings:Marten</c>, or else a
/// private cluster that this process starts, owns and stops.
/// </summary>
public sealed class MartenDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Marten";
    private const string DatabaseName = "milestone";

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
        var embedded = EmbeddedPostgres.Start(dataDirectory, logger);
        CreateDatabaseIfMissing(embedded);
        logger.LogInformation("Started embedded PostgreSQL on port {Port} with data in {DataDirectory}", embedded.Port, dataDirectory);
        return new MartenDatabase(embedded.ConnectionString(DatabaseName), embedded);
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
