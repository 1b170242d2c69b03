using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Milestone.Api.Live;

/// <summary>
/// Carries committed request changes between the host nodes that share one database, so a subscriber
/// hears of a change whichever node committed it. The committing node announces the events' sequence
/// numbers with PostgreSQL NOTIFY after the commit, off the command's path and batched; every other node
/// LISTENs, reads those events back from the store and hands them to its own <see cref="RequestChangeFeed"/>.
/// An announcement lost to a crash or a dropped connection costs a live hint, never data: subscribers
/// re-query when they reconnect. Each tenant's database carries its own tenant's announcements.
/// </summary>
public sealed partial class NodeChangeRelay(
    IDocumentStore store, TenantDirectory tenants, ChangeAnnouncements announcements, RequestChangeFeed feed, ILogger<NodeChangeRelay> logger)
    : BackgroundService
{
    public const string Channel = "milestone_request_changes";

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.WhenAll(tenants.Ids.SelectMany(tenant => new[]
        {
            TenantNotifications.KeepAsync(relaying => AnnounceAsync(tenant, relaying), LogRelayInterrupted, stopping),
            TenantNotifications.KeepAsync(
                relaying => TenantNotifications.ListenAsync(
                    store, tenant, Channel, listening: () => { }, payload => RelayAsync(tenant, announcements.FromOtherNodes(payload), relaying), relaying),
                LogRelayInterrupted,
                stopping),
        }));

    private async Task AnnounceAsync(string tenant, CancellationToken stopping)
    {
        while (await announcements.WaitAsync(tenant, stopping))
        {
            await using var connection = (await store.Storage.FindOrCreateDatabase(tenant)).CreateConnection();
            await connection.OpenAsync(stopping);
            while (announcements.TakePayload(tenant) is { } payload)
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", payload);
                await notify.ExecuteNonQueryAsync(stopping);
            }
        }
    }

    private async Task RelayAsync(string tenant, long[] sequences, CancellationToken stopping)
    {
        if (sequences.Length == 0)
        {
            return;
        }

        await using var session = store.QuerySession(tenant);
        var committed = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence.IsOneOf(sequences))
            .OrderBy(e => e.Sequence)
            .ToListAsync(stopping);
        foreach (var change in committed)
        {
            if (change.Data is IRequestEvent request)
            {
                feed.Publish(new RequestChange(tenant, request.RequestId, request.ClientId, change.Version, request));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live changes between nodes are interrupted; reconnecting")]
    private partial void LogRelayInterrupted(Exception failure);
}
