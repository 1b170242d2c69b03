namespace Milestone.Api.Tests.Cluster;

/// <summary>
/// A subscriber connected to one node hears of changes committed on another, in a tenant's database (in one database:
/// on the cluster of <see cref="ProjectionDistributionTests"/>, which starts one anyway).
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class CrossNodeLiveTests
{
    [Fact]
    public async Task A_change_committed_on_one_node_in_a_tenants_database_reaches_a_subscriber_on_the_other()
    {
        await using var cluster = await Cluster.StartAsync(nodeCount: 2, Tenancy.TenantedApp.South);

        await Cluster.ChangeReachesSubscriberAsync(listening: cluster.Nodes[0], committing: cluster.Nodes[1], Tenancy.TenantedApp.South);

        Assert.Contains("Tenants kept apart, each in its own database: north, south", cluster.Nodes[0].Output, StringComparison.Ordinal);
    }
}
