namespace Milestone.Api.Tests.Cluster;

/// <summary>
/// Three host processes on one database: Wolverine's leader runs each asynchronous projection on exactly
/// one node, spreads them over the nodes, and moves a dead node's projections to a live one within 30 s,
/// with every event projected and none twice.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class ProjectionDistributionTests : IAsyncLifetime
{
    /// <summary>The asynchronous projections: SLA compliance and the seven that keep the reporting tables.</summary>
    private const int ProjectionCount = 8;
    private static readonly TimeSpan DistributionPromise = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan FailoverPromise = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CatchUpPromise = TimeSpan.FromSeconds(60);

    private Cluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await Cluster.StartAsync(nodeCount: 3);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Each_projection_runs_on_one_node_and_a_killed_nodes_projections_move_to_the_survivors()
    {
        var nodes = _cluster.Nodes.Select(Cluster.NodeOf).ToArray();
        var spread = await Eventually.WithinAsync(
            DistributionPromise,
            _cluster.ProjectionAssignmentsAsync,
            assignments => assignments.Count == ProjectionCount && assignments.Values.All(nodes.Contains) && assignments.Values.Distinct().Count() > 1,
            "every projection assigned to one of the three nodes, on more than one node");
        await SubmitRequestsAsync(_cluster.Nodes, count: 6);

        var doomed = spread.Values.GroupBy(node => node).MaxBy(held => held.Count())!.Key;
        var victim = _cluster.Nodes.Single(node => Cluster.NodeOf(node) == doomed);
        await victim.KillAsync();
        var survivors = _cluster.Nodes.Where(node => node != victim).ToArray();
        var survivorIds = survivors.Select(Cluster.NodeOf).ToArray();
        var moved = await Eventually.WithinAsync(
            FailoverPromise,
            _cluster.ProjectionAssignmentsAsync,
            assignments => assignments.Count == ProjectionCount && assignments.Values.All(survivorIds.Contains),
            "every projection of the killed node running on a survivor");
        await SubmitRequestsAsync(survivors, count: 6);

        var submitted = await _cluster.ScalarAsync("SELECT count(*) FROM milestone.mt_events WHERE type = 'request_submitted'");
        await Eventually.WithinAsync(
            CatchUpPromise,
            () => _cluster.ScalarAsync("SELECT count(*) FROM reporting.requests"),
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
}
