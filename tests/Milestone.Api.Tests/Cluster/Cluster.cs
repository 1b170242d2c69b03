using System.Security.Cryptography;

namespace Milestone.Api.Tests.Cluster;

/// <summary>
/// Several host processes on one fresh database holding the demo MSP, started one after another,
/// each a node of one Wolverine cluster; or, with a tenant named, on a main database and a database for each
/// of the tenants <c>north</c> and <c>south</c>, with the demo MSP in the tenant named.
/// </summary>
public sealed partial class Cluster : IAsyncDisposable
{
    public const string DemoPassword = "milestone demo password";

    private Cluster(string connectionString, IReadOnlyList<HostProcess> nodes)
    {
        ConnectionString = connectionString;
        Nodes = nodes;
    }

    public string ConnectionString { get; }

    public IReadOnlyList<HostProcess> Nodes { get; }

    public static async Task<Cluster> StartAsync(int nodeCount, string? tenant = null)
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync();
        var tenants = tenant is null
            ? []
            : Tenancy.TenantedApp.TenantSettings(await TestDatabaseServer.CreateDatabaseAsync(), await TestDatabaseServer.CreateDatabaseAsync()).ToList();
        var seed = await HostCommand.RunAsync(connectionString, tenants, tenant is null ? ["seed", "demo"] : ["seed", "demo", "--tenant", tenant]);
        Assert.True(seed.ExitCode == 0, seed.Output + seed.Errors);

        // Every node must sign and accept the same access tokens.
        var settings = tenants.ToDictionary(setting => setting.Key, setting => setting.Value);
        settings["Milestone:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var nodes = new List<HostProcess>();
        for (var started = 0; started < nodeCount; started++)
        {
            var node = await HostProcess.StartAsync(connectionString, settings);

            // The console logger writes on a thread of its own, so the announcement can follow readiness by a moment.
            await Eventually.WithinAsync(
                TimeSpan.FromSeconds(30), () => Task.FromResult(NodeStarted().IsMatch(node.Output)), announced => announced, "the node to say which node it is");
            nodes.Add(node);
        }

        return new Cluster(connectionString, nodes);
    }

    /// <summary>
    /// The demo member submits a request on <paramref name="committing"/>, subscribes to its messages on
    /// <paramref name="listening"/>, and posts one on <paramref name="committing"/>: the subscriber must hear it.
    /// </summary>
    public static async Task ChangeReachesSubscriberAsync(HostProcess listening, HostProcess committing, string? tenant)
    {
        using var http = new HttpClient { BaseAddress = committing.BaseAddress };
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add(TenantResolution.Header, tenant);
        }

        var member = await http.SignInAsync("member@acme.test", DemoPassword);
        var requestId = (await http.GraphQLAsync(member, RequestDocuments.Submit, new { input = new { title = "Door badge reader dead" } }))
            .GetProperty("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

        await using var subscriber = await GraphQLWsClient.MessagesAddedAsync(
            new UriBuilder(new Uri(listening.BaseAddress, "/graphql")) { Scheme = "ws", Query = tenant is null ? "" : $"{TenantResolution.QueryParameter}={tenant}" }.Uri.ToString(),
            member,
            requestId,
            expected: 1);
        await http.GraphQLAsync(
            member,
            "mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"It beeps red now\") { id } }",
            new { requestId });

        var update = JsonDocument.Parse(await subscriber.NextLineAsync()).RootElement;
        Assert.Equal("It beeps red now", update.GetProperty("next").GetProperty("data").GetProperty("messageAdded").GetProperty("body").GetString());
    }

    /// <summary>The node id the process announced when it started.</summary>
    public static Guid NodeOf(HostProcess node) =>
        Guid.Parse(NodeStarted().Match(node.Output) is { Success: true } started
            ? started.Groups["node"].Value
            : throw new InvalidOperationException($"The host never said which node it is.\n{node.Output}"));

    /// <summary>Which node runs each asynchronous projection, as Wolverine's leader assigned them.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> ProjectionAssignmentsAsync() =>
        await QueryAsync(
            "SELECT id, node_id FROM milestone.wolverine_node_assignments WHERE id LIKE 'event-subscriptions://%'",
            row => (row.GetString(0), row.GetGuid(1)));

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }

    private async Task<Dictionary<string, Guid>> QueryAsync(string sql, Func<NpgsqlDataReader, (string, Guid)> read)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, Guid>();
        while (await reader.ReadAsync())
        {
            var (key, value) = read(reader);
            rows[key] = value;
        }

        return rows;
    }

    [GeneratedRegex("Milestone node (?<node>[0-9a-f-]{36}) started")]
    private static partial Regex NodeStarted();
}
