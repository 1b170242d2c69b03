using Milestone.Host.Database;

namespace Milestone.FaultSuite;

/// <summary>One node under load while PostgreSQL restarts again and again, then SIGKILLed and restarted while busy.</summary>
public static class SingleNodeScenario
{
    public static async Task RunAsync(SuiteRun run, EmbeddedPostgres postgres, string filesPrefix)
    {
        var options = run.Options;
        await using var node = run.Node(filesPrefix);
        await node.StartAsync();
        using var stopLoad = new CancellationTokenSource();
        var load = await run.StartLoadsAsync(() => node.BaseAddress, stopLoad.Token);

        for (var restart = 1; restart <= options.Restarts; restart++)
        {
            await Task.Delay(options.Between);
            var immediate = restart % 2 == 0;
            var down = DateTimeOffset.UtcNow;
            postgres.Interrupt(immediate);
            await Task.Delay(TimeSpan.FromSeconds(1));
            postgres.Resume();
            run.Outages.Add(down, DateTimeOffset.UtcNow);
            run.Say($"PostgreSQL restart {restart}/{options.Restarts} ({(immediate ? "immediate" : "fast")} shutdown); {run.Acknowledged} so far");
        }

        var killsInFlight = 0;
        for (var kill = 1; kill <= options.Kills; kill++)
        {
            var busy = await KillPoint.AwaitAsync(new Verification(run.Main), options.Between);
            var killed = DateTimeOffset.UtcNow;
            await node.KillAsync();
            await node.StartAsync();
            run.Outages.Add(killed, DateTimeOffset.UtcNow + OutageWindows.KilledNodeDeclaredDead);
            killsInFlight += busy ? 1 : 0;
            run.Say($"Host SIGKILL {kill}/{options.Kills} ({(busy ? "holding agents and unhandled messages" : "NOT busy within 30 s")}) and restarted; {run.Acknowledged}");
        }

        run.Notes.Add($"{killsInFlight} of {options.Kills} SIGKILLs hit a host holding agents and incoming messages it had not yet handled");
        await Task.Delay(options.Between);
        await stopLoad.CancelAsync();
        await load;
        var loadEnded = DateTime.UtcNow;
        run.Say($"Load stopped: {run.Acknowledged}");

        await run.VerifyAsync(loadEnded, [.. node.Starts.Select(start => start.DeliveryLog)]);
        await node.KillAsync();
        await run.CompareWithRebuildAsync();
    }
}
