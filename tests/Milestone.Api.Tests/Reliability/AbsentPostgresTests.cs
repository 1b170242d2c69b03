using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Milestone.Api.Tests.Cluster;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// The host as its own process against a PostgreSQL of the test's own that the test takes down and
/// brings back: at start-up the host waits for it, later it rides out an outage, and neither needs a restart.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class AbsentPostgresTests : IAsyncLifetime
{
    private const string SignIn = "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> QuickRetries = new() { [WaitingForPostgres.RetryIntervalKey] = "00:00:01" };

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-tests", $"absent-pg-{Guid.NewGuid():N}");
    private EmbeddedPostgres _postgres = null!;
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _postgres = EmbeddedPostgres.Start(_dataDirectory, NullLogger.Instance, fastButUnsafe: true);
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("create database milestone", connection);
        await create.ExecuteNonQueryAsync();
        _connectionString = _postgres.ConnectionString("milestone");
    }

    public Task DisposeAsync()
    {
        _postgres.Stop();
        Directory.Delete(_dataDirectory, recursive: true);
        File.Delete(_dataDirectory + ".log");
        File.Delete(_dataDirectory + ".lock");
        File.Delete(_dataDirectory + ".password");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_host_started_while_PostgreSQL_is_down_waits_not_ready_and_serves_once_it_is_back()
    {
        _postgres.Interrupt(immediate: false);

        await using var host = HostProcess.Launch(_connectionString, QuickRetries);
        await host.WaitUntilAnsweringAsync();
        var ready = await GetAsync(host, "/health/ready");
        var (status, contentType, refused) = await SignInAsync(host);
        var output = host.Output;

        Assert.Equal(503, ready);
        Assert.Equal(503, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal(ErrorCodes.Unavailable, refused.GetProperty("code").GetString());
        Assert.Contains("does not answer: Failed to connect", output);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);

        _postgres.Resume();
        await host.WaitUntilReadyAsync();
        var (_, _, answered) = await SignInAsync(host);

        Assert.Equal("INVALID_CREDENTIALS", SingleError(answered).GetProperty("extensions").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_running_host_is_not_ready_while_PostgreSQL_is_down_and_serves_again_when_it_is_back()
    {
        await using var host = await HostProcess.StartAsync(_connectionString);

        _postgres.Interrupt(immediate: true);
        await Eventually.WithinAsync(Patience, () => GetAsync(host, "/health/ready"), status => status == 503, "/health/ready answers 503");
        var (_, _, during) = await SignInAsync(host);

        Assert.Equal(ErrorCodes.Unavailable, SingleError(during).GetProperty("extensions").GetProperty("code").GetString());

        _postgres.Resume();
        await host.WaitUntilReadyAsync();
        var (_, _, after) = await SignInAsync(host);

        Assert.Equal("INVALID_CREDENTIALS", SingleError(after).GetProperty("extensions").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_host_started_while_a_tenants_PostgreSQL_is_down_waits_not_ready_and_serves_that_tenant_once_it_is_back()
    {
        _postgres.Interrupt(immediate: false);
        var main = await TestDatabaseServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>(QuickRetries);
        foreach (var (key, value) in Tenancy.TenantedApp.TenantSettings(northDatabase: _connectionString, southDatabase: await TestDatabaseServer.CreateDatabaseAsync()))
        {
            settings[key] = value;
        }

        await using var host = HostProcess.Launch(main, settings);
        await host.WaitUntilAnsweringAsync();
        var ready = await GetAsync(host, "/health/ready");
        var (status, _, _) = await SignInAsync(host, Tenancy.TenantedApp.North);

        Assert.Equal((503, 503), (ready, status));
        Assert.Contains("does not answer: Failed to connect", host.Output);

        _postgres.Resume();
        await host.WaitUntilReadyAsync();
        var (_, _, answered) = await SignInAsync(host, Tenancy.TenantedApp.North);

        Assert.Equal("INVALID_CREDENTIALS", SingleError(answered).GetProperty("extensions").GetProperty("reason").GetString());
    }

    private static async Task<int> GetAsync(HostProcess host, string path)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        return (int)(await http.GetAsync(path)).StatusCode;
    }

    /// <summary>A sign-in with an address nobody has: answering it takes a round trip to the database.</summary>
    private static async Task<(int Status, string? ContentType, JsonElement Body)> SignInAsync(HostProcess host, string? tenant = null)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add(TenantResolution.Header, tenant);
        }

        using var response = await http.PostAsJsonAsync("/graphql", new { query = SignIn, variables = new { input = new { email = "nobody@absent.test", password = "not the password" } } });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
    }

    private static JsonElement SingleError(JsonElement response) => Assert.Single(response.GetProperty("errors").EnumerateArray());
}
