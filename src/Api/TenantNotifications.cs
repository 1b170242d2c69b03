using System.Threading.Channels;
using Npgsql;

namespace Milestone.Api;

/// <summary>
/// A PostgreSQL NOTIFY channel heard in each tenant's database, kept open across dropped connections and
/// restarts of the database, for what the nodes sharing a database tell each other.
/// </summary>
public static class TenantNotifications
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="loop"/> again after every interruption, until the service stops.</summary>
    public static async Task KeepAsync(Func<CancellationToken, Task> loop, Action<Exception> interrupted, CancellationToken stopping)
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
                interrupted(failure);
                await Task.Delay(ReconnectDelay, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// LISTENs on <paramref name="channel"/> in the tenant's database and hands each payload to <paramref name="received"/>,
    /// in order, until the connection fails; <paramref name="listening"/> is told once the LISTEN has taken effect.
    /// </summary>
    public static async Task ListenAsync(
        IDocumentStore store, string tenant, string channel, Action listening, Func<string, Task> received, CancellationToken stopping)
    {
        await using var connection = (await store.Storage.FindOrCreateDatabase(tenant)).CreateConnection();
        await connection.OpenAsync(stopping);
        var payloads = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        connection.Notification += (_, notification) => payloads.Writer.TryWrite(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stopping);
        }

        listening();
        while (!stopping.IsCancellationRequested)
        {
            await connection.WaitAsync(stopping);
            while (payloads.Reader.TryRead(out var payload))
            {
                await received(payload);
            }
        }
    }
}
