using Microsoft.Extensions.Hosting;

namespace Milestone.Api.Identity;

/// <summary>
/// Hears the other nodes' <see cref="AccessChangeNotices"/> in each tenant's database and forgets the cached
/// callers they name. While the connection is down the tenant's cache is bypassed, so a missed notice can never
/// let an ended session or a deactivated person through.
/// </summary>
public sealed partial class AccessChangeListener(IDocumentStore store, TenantDirectory tenants, CallerCache callers, ILogger<AccessChangeListener> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.WhenAll(tenants.Ids.Select(tenant => TenantNotifications.KeepAsync(
            listening => ListenAsync(tenant, listening),
            LogListeningInterrupted,
            stopping)));

    private async Task ListenAsync(string tenant, CancellationToken stopping)
    {
        try
        {
            await TenantNotifications.ListenAsync(
                store,
                tenant,
                AccessChangeNotices.Channel,
                listening: () => callers.StartedListening(tenant),
                payload =>
                {
                    foreach (var change in AccessChange.Parse(payload))
                    {
                        callers.Forget(tenant, change);
                    }

                    return Task.CompletedTask;
                },
                stopping);
        }
        finally
        {
            callers.StoppedListening(tenant);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account changes from other nodes are not heard; authenticating from the store until reconnected")]
    private partial void LogListeningInterrupted(Exception failure);
}
