namespace Milestone.Host.Cluster;

public static class ClusterSetup
{
    /// <summary>
    /// Every node runs in Wolverine's balanced mode: one leader, elected through the shared database,
    /// assigns each asynchronous projection to exactly one live node and moves it when that node goes
    /// silent. Scheduled messages and the outbox are recovered from the database by whichever node runs them.
    /// </summary>
    public static WolverineOptions UseMilestoneCluster(this WolverineOptions options, ClusterSettings settings)
    {
        options.Durability.Mode = DurabilityMode.Balanced;
        options.Durability.HealthCheckPollingTime = settings.HealthCheckPolling;
        options.Durability.StaleNodeTimeout = settings.StaleNodeTimeout;
        options.Durability.CheckAssignmentPeriod = settings.CheckAssignments;
        return options;
    }
}
