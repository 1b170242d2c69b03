namespace Milestone.Host.Commands;

public static class StartedHosts
{
    /// <summary>Starts the host, which stops again when the returned scope ends, however the command ends.</summary>
    public static async Task<IAsyncDisposable> StartedAsync(this IHost host)
    {
        await host.StartAsync();
        return new Stopping(host);
    }

    private sealed class Stopping(IHost host) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(host.StopAsync());
    }
}
