namespace Milestone.FaultSuite;

/// <summary>
/// Three nodes on one database (or, with tenants, on a main database and one for each tenant) under load, each
/// call to a random live node. Three faults, one after another: the node running the most projections is SIGKILLed
/// (and comes back as a new node), the node then running the most is frozen for 20 s (SIGSTOP, SIGCONT), and the
/// node running the scheduler is SIGKILLed for good. Then every check of the one-node run, in every database.
/// </summary>
public static class ClusterScenario
{
    private const int NodeCount = 3;

    /// <summary>SLA compliance and the seven reporting tables, per database (as ProjectionDistributionTests counts them).</summary>
    private const int AsyncProjectionsPerDatabase = 8;

    private static readonly TimeSpan Frozen = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan SpreadPatience = TimeSpan.FromSeconds(90);

    /// <summary>Long enough for every deadline the scheduler's kill could delay to fall due while the load goes on.</summary>
    private static readonly TimeSpan LoadAfterSchedulerKill = TimeSpan.FromSeconds(40);

    public static async Task RunAsync(SuiteRun run, string filesPrefix)
    {
        var nodes = new List<HostNode>();
        try
        {
            for (var started = 0; started < NodeCount; started++)
            {
                var node = run.Node(filesPrefix);
                await node.StartAsync();
                nodes.Add(node);
            }

            run.Say($"{NodeCount} nodes up: {string.Join(", ", nodes.Select(node => node.NodeId))}");
            using var stopLoad = new CancellationTokenSource();
            var load = await run.StartLoadsAsync(() => AnyRunning(nodes).BaseAddress, stopLoad.Token);
            var cluster = new ClusterView(run.Main);
            run.Checks.Add(await cluster.SpreadAsync(nodes, AsyncProjectionsPerDatabase * run.Sites.Count, SpreadPatience, "of the start"));
            await Task.Delay(run.Options.Between);

            var projectionsKilled = DateTimeOffset.UtcNow;
            var (projectionVictim, failover) = await ProjectionFailover.KillAndWatchAsync(cluster, nodes, run.Sites);
            run.Checks.Add(failover);
            run.Say($"SIGKILL of the node running the most projections: {(failover.Holds ? "PASS" : "FAIL")} {failover.Guarantee}: {failover.Detail}");
            await projectionVictim.StartAsync();
            run.Outages.Add(projectionsKilled, DateTimeOffset.UtcNow + OutageWindows.KilledNodeDeclaredDead);
            run.Say($"It came back as node {projectionVictim.NodeId}; {run.Acknowledged}");

            run.Checks.Add(await cluster.SpreadAsync(nodes, AsyncProjectionsPerDatabase * run.Sites.Count, SpreadPatience, "of the killed node's return"));
            var (frozen, heldWhenFrozen) = await cluster.BusiestAsync(nodes, ClusterView.Projections);
            var freezing = DateTimeOffset.UtcNow;
            await frozen.FreezeAsync(Frozen);
            run.Outages.Add(freezing, DateTimeOffset.UtcNow + OutageWindows.KilledNodeDeclaredDead);
            run.Say($"Node {frozen.NodeId}, running {heldWhenFrozen.Count} projections, frozen for {Frozen.TotalSeconds:0} s and woken; {run.Acknowledged}");

            await Task.Delay(run.Options.Between);
            var (schedulerVictim, schedulerKilled) = await SchedulerFailover.KillAsync(cluster, nodes, run.Say);
            run.Outages.Add(schedulerKilled, schedulerKilled + SchedulerFailover.Window);
            await Task.Delay(LoadAfterSchedulerKill);

            await stopLoad.CancelAsync();
            await load;
            var loadEnded = DateTime.UtcNow;
            run.Say($"Load stopped: {run.Acknowledged}");

            var deliveryLogs = nodes.SelectMany(node => node.Starts).Select(start => start.DeliveryLog).ToList();
            await run.VerifyAsync(loadEnded, deliveryLogs);
            foreach (var site in run.Sites)
            {
                run.Checks.AddRange(site.Name(await SchedulerFailover.CheckAsync(new DeadlineChecks(new Verification(site.ConnectionString), deliveryLogs, run.Outages), schedulerKilled, schedulerVictim)));
            }

            if (run.Options.Tenants)
            {
                run.Checks.AddRange(await TenantIsolation.CheckAsync(run.Main, run.Sites));
            }

            run.Notes.Add(
                $"The frozen node, once woken, logged {Occurrences(frozen.Output, "affected no rows")} batches whose progress another node had moved on (marten#5502), "
                + $"{Occurrences(frozen.Output, "without advancing its progress")} commits refused by the progress guard and "
                + $"{Occurrences(frozen.Output, "ProgressionProgressOutOfOrder")} out-of-order progress refused by Marten");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
                await File.WriteAllTextAsync($"{filesPrefix}-node-{node.BaseAddress.Port}.out", node.Output);
            }

            run.Say($"The nodes' output is in {filesPrefix}-node-*.out");
        }

        await run.CompareWithRebuildAsync();
    }

    private static HostNode AnyRunning(IReadOnlyList<HostNode> nodes)
    {
        var running = nodes.Where(node => node.IsRunning).ToArray();
        return running[Random.Shared.Next(running.Length)];
    }

    private static int Occurrences(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
