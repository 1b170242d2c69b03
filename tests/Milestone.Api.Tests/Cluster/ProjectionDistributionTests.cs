namespace Milestone.Api.Tests.Cluster;

/// <summary>
/// Three host processes on one database: Wolverine's leader runs each asynchronous projection on exactly
/// one node, spreads them over the nodes, and moves a dead node's projections to a live one within 30 s,
/// with every event projected and none twice; a subscriber on one node hears of a change committed on another; and a
/// session ended on one node is refused by the others.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class ProjectionDistributionTests(ProjectionDistributionTests.ThreeNodes cluster) : IClassFixture<ProjectionDistributionTests.ThreeNodes>
{
    /// <summary>The asynchronous projections: those that keep the reporting tables.</summary>
    private static readonly int ProjectionCount = Milestone.Projections.Configuration.ReportingProjectionNames.Length;
    private static readonly TimeSpan DistributionPromise = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan FailoverPromise = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CatchUpPromise = TimeSpan.FromSeconds(60);

    /// <summary>The time a commit's NOTIFY takes to reach the other nodes, generously: it is milliseconds.</summary>
    private static readonly TimeSpan AccessNoticePromise = TimeSpan.FromSeconds(1);

    private Cluster Running => cluster.Started;

    /// <summary>Whether it runs before or after the kill, two nodes are alive.</summary>
    [Fact]
    public async Task A_change_committed_on_one_node_reaches_a_subscriber_on_another()
    {
        var alive = Running.Nodes.Where(node => !node.HasExited).ToArray();

        await Cluster.ChangeReachesSubscriberAsync(listening: alive[0], committing: alive[1], tenant: null);
    }

    [Fact]
    public async Task A_session_ended_on_one_node_is_refused_by_another_that_knew_its_caller()
    {
        var alive = Running.Nodes.Where(node => !node.HasExited).ToArray();
        using var committing = new HttpClient { BaseAddress = alive[0].BaseAddress };
        using var knowing = new HttpClient { BaseAddress = alive[1].BaseAddress };
        var member = await committing.SignInAsync("member@acme.test", Cluster.DemoPassword);
        await knowing.GraphQLAsync(member, "{ me { id } }", new { });

        await committing.GraphQLAsync(member, "mutation { signOut }", new { });

        await Eventually.WithinAsync(
            AccessNoticePromise,
            async () => (await knowing.GraphQLResponseAsync(member, "{ me { id } }", new { })) is var answer && answer.TryGetProperty("errors", out var errors)
                ? errors[0].Code()
                : "answered",
            code => code == "UNAUTHENTICATED",
            "the ended session refused by the node that had it cached");
    }

    [Fact]
    public async Task Each_projection_runs_on_one_node_and_a_killed_nodes_projections_move_to_the_survivors()
    {
        var nodes = Running.Nodes.Select(Cluster.NodeOf).ToArray();
        var spread = await Eventually.WithinAsync(
            DistributionPromise,
            Running.ProjectionAssignmentsAsync,
            assignments => assignments.Count == ProjectionCount && assignments.Values.All(nodes.Contains) && assignments.Values.Distinct().Count() > 1,
            "every projection assigned to one of the three nodes, on more than one node");
        await SubmitRequestsAsync(Running.Nodes, count: 6);

        var doomed = spread.Values.GroupBy(node => node).MaxBy(held => held.Count())!.Key;
        var victim = Running.Nodes.Single(node => Cluster.NodeOf(node) == doomed);
        await victim.KillAsync();
        var survivors = Running.Nodes.Where(node => node != victim).ToArray();
        var survivorIds = survivors.Select(Cluster.NodeOf).ToArray();
        var moved = await Eventually.WithinAsync(
            FailoverPromise,
            Running.ProjectionAssignmentsAsync,
            assignments => assignments.Count == ProjectionCount && assignments.Values.All(survivorIds.Contains),
            "every projection of the killed node running on a survivor");
        await SubmitRequestsAsync(survivors, count: 6);

        var submitted = await Running.ScalarAsync("SELECT count(*) FROM milestone.mt_events WHERE type = 'request_submitted'");
        await Eventually.WithinAsync(
            CatchUpPromise,
            () => Running.ScalarAsync("SELECT count(*) FROM reporting.requests"),
            reported => reported == submitted,
            $"all {submitted} submitted requests in reporting.requests");
        Assert.Equal(ProjectionCount, moved.Count);
        Assert.All(survivors, node => Assert.DoesNotContain("ProgressionProgressOutOfOrder", node.Output));
    }

    private static async Task SubmitRequestsAsync(IReadOnlyList<HostProcess> nodes, int count)
    {
        for (var submitted = 0; submitted < count; submitted++)
        {
            using var http = new HttpClient { BaseAddress = nodes[submitted % nodes.Count].BaseAddress };
            var member = await http.SignInAsync("member@acme.test", Cluster.DemoPassword);
            await http.GraphQLAsync(member, RequestDocuments.Submit, new { input = new { title = $"Cluster request {submitted}" } });
        }
    }

    /// <summary>One cluster for the class: starting one is the costliest step of these tests.</summary>
    public sealed class ThreeNodes : IAsyncLifetime
    {
        public Cluster Started { get; private set; } = null!;

        public async Task InitializeAsync() => Started = await Cluster.StartAsync(nodeCount: 3);

        public async Task DisposeAsync() => await Started.DisposeAsync();
    }
}
