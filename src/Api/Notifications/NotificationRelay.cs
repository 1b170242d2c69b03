using Microsoft.Extensions.Hosting;

namespace Milestone.Api.Notifications;

/// <summary>
/// Hears <see cref="AnnounceNotifications"/> in each tenant's database, on every node (the writing one too), and hands
/// the new entries to this node's <see cref="NotificationFeed"/>. Entries are read only while someone subscribes.
/// </summary>
public sealed partial class NotificationRelay(IDocumentStore store, TenantDirectory tenants, NotificationFeed feed, ILogger<NotificationRelay> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.WhenAll(tenants.Ids.Select(tenant => TenantNotifications.KeepAsync(
            listening => TenantNotifications.ListenAsync(store, tenant, AnnounceNotifications.Channel, listening: () => { }, payload => RelayAsync(tenant, payload, listening), listening),
            LogRelayInterrupted,
            stopping)));

    private async Task RelayAsync(string tenant, string payload, CancellationToken stopping)
    {
        if (!feed.HasSubscribers)
        {
            return;
        }

        var ids = payload.Split(',').Select(id => Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty).Where(id => id != Guid.Empty).ToArray();
        await using var session = store.QuerySession(tenant);
        foreach (var notification in (await session.LoadManyAsync<Notification>(stopping, ids)).OrderBy(notification => notification.At))
        {
            feed.Publish(new AddedNotification(tenant, notification));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "New notifications are not heard; live notifications resume when reconnected")]
    private partial void LogRelayInterrupted(Exception failure);
}
