using Microsoft.Extensions.Hosting;

namespace Milestone.Api.Jira;

/// <summary>
/// Sets each tenant's reconciliation chain going once the host has started; if a chain is already scheduled, the
/// later of the two finds its tick passed and stops.
/// </summary>
public sealed class StartJiraReconciliation(IServiceScopeFactory scopes, IDocumentStore store, TenantDirectory tenants, IHostApplicationLifetime lifetime)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = StartChainsAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task StartChainsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var tenant in tenants.Ids)
        {
            await using var session = store.QuerySession(tenant);
            var state = await session.LoadAsync<JiraReconciliation>(JiraReconciliation.Key, lifetime.ApplicationStopping);
            await bus.PublishAsync(new ReconcileJira(state?.Tick ?? 0), tenants.KeepsTenantsApart ? new DeliveryOptions { TenantId = tenant } : null);
        }
    }
}
