using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace Milestone.Api.Jira;

/// <summary>Sets the reconciliation chain going once the host has started; if a chain is already scheduled, the later of the two finds its tick passed and stops.</summary>
public sealed class StartJiraReconciliation(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = StartChainAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task StartChainAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
        var state = await session.LoadAsync<JiraReconciliation>(JiraReconciliation.Key, lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new ReconcileJira(state?.Tick ?? 0));
    }
}
