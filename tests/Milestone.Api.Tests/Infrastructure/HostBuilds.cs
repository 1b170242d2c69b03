using Microsoft.Extensions.Hosting;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Hosts built in this test process take turns. The WebApplicationFactory under Alba recognises the host it
/// starts by listening to every host built in the process while it waits, so a host built at the same time
/// (another fixture's, or a fake Jira's) can be taken for it and given its settings: a test then talks to the
/// wrong host. A turn ends when the built host begins to start, the first moment after the build.
/// </summary>
public static class HostBuilds
{
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Builds and starts a test host in its turn; <paramref name="build"/> registers the turn's end in the host's services.</summary>
    public static async Task<THost> InTurnAsync<THost>(Func<Action<IServiceCollection>, Task<THost>> build)
    {
        await Turn.WaitAsync();
        var turn = new EndOfTurn();
        try
        {
            return await build(services => services.AddSingleton<IHostedService>(turn));
        }
        finally
        {
            turn.End();
        }
    }

    /// <summary>Builds a host that is not Alba's in its turn, for fakes of outside services that listen on a port.</summary>
    public static THost InTurn<THost>(Func<THost> build)
    {
        Turn.Wait();
        try
        {
            return build();
        }
        finally
        {
            Turn.Release();
        }
    }

    private sealed class EndOfTurn : IHostedLifecycleService
    {
        private int _ended;

        public void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Turn.Release();
            }
        }

        public Task StartingAsync(CancellationToken cancellationToken)
        {
            End();
            return Task.CompletedTask;
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
