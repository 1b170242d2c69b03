using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using Milestone.Host.Email;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// The real host, over real HTTP semantics (Alba), on a database of its own, sending e-mail over SMTP to
/// a sink of its own. One serves every class of a collection (<see cref="Collections"/>), so a test keeps
/// to data it makes itself, moves <see cref="Clock"/> only forwards from wherever it is, and reads mail by recipient.
/// </summary>
public class MilestoneApp : IAsyncLifetime
{
    public const string MailFrom = "milestone@tests.invalid";

    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public SmtpSink Mail { get; } = SmtpSink.Start();

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>The tenant the following calls name in the tenant header, where the fixture keeps tenants apart; none by default.</summary>
    public string? Tenant { get; set; }

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabaseServer.CreateDatabaseAsync();
        await PrepareDatabaseAsync(ConnectionString);
        Host = await StartHostAsync();
    }

    /// <summary>What a fixture does to its new database before the host first starts on it.</summary>
    protected virtual Task PrepareDatabaseAsync(string connectionString) => Task.CompletedTask;

    /// <summary>Stops the host and starts a new one on the same database, as after a deployment or a crash-free restart.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await StartHostAsync();
    }

    private async Task<IAlbaHost> StartHostAsync()
    {
        var host = await HostBuilds.InTurnAsync(endOfTurn => AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Marten", ConnectionString);
            web.UseSetting("Milestone:Smtp:Host", "127.0.0.1");
            web.UseSetting("Milestone:Smtp:Port", Mail.Port.ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Milestone:Smtp:Security", "None");
            web.UseSetting("Milestone:Smtp:FromAddress", MailFrom);

            // The test run prints each test as it finishes; the hosts' own console log would bury that.
            web.UseSetting("Logging:Console:LogLevel:Default", "None");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                endOfTurn(services);
            });
            web.ConfigureLogging(ConfigureLogging);
        }));
        host.BeforeEach(http =>
        {
            if (Tenant is { } tenant)
            {
                http.Request.Headers[TenantResolution.Header] = tenant;
            }
        });
        return host;
    }

    /// <summary>Where a fixture sends the host's log besides the usual places.</summary>
    protected virtual void ConfigureLogging(ILoggingBuilder logging)
    {
    }

    /// <summary>Settings a fixture for one kind of deployment adds on top of the defaults.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public async Task<int> CountEventsAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
