using System.Threading.Channels;
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

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.WhenAll(tenants.Ids.SelectMany(tenant => new[]
        {
            KeepAsync(relaying => AnnounceAsync(tenant, relaying), stopping),
            KeepAsync(relaying => ListenAsync(tenant, relaying), stopping),
        }));

    private async Task KeepAsync(Func<CancellationToken, Task> loop, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await loop(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                LogRelayInterrupted(failure);
                await Task.Delay(ReconnectDelay, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

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

    private async Task ListenAsync(string tenant, CancellationToken stopping)
    {
        await using var connection = (await store.Storage.FindOrCreateDatabase(tenant)).CreateConnection();
        await connection.OpenAsync(stopping);
        var received = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        connection.Notification += (_, notification) => received.Writer.TryWrite(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stopping);
        }

        while (!stopping.IsCancellationRequested)
        {
            await connection.WaitAsync(stopping);
            while (received.Reader.TryRead(out var payload))
            {
                await RelayAsync(tenant, announcements.FromOtherNodes(payload), stopping);
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
