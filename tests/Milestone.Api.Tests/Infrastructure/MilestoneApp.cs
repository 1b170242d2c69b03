using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>The real host, over real HTTP semantics (Alba), on a database of this test class's own.</summary>
public sealed class MilestoneApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public IAlbaHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabaseServer.CreateDatabaseAsync();
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Marten", ConnectionString);
            web.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<int> CountEventsAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
