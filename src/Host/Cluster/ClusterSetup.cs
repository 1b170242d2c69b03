namespace Milestone.Host.Cluster;

public static class ClusterSetup
{
    /// <summary>
    /// Every node runs in Wolverine's balanced mode: one leader, elected through the shared database,
    /// assigns each asynchronous projection to exactly one live node and moves it when that node goes
    /// silent. Scheduled messages and the outbox are recovered from the database by whichever node runs them.
    /// A command runs serverless, with the outbox kept: it joins nothing and leaves what it sends to the nodes.
    /// </summary>
    public static WolverineOptions UseMilestoneCluster(this WolverineOptions options, ClusterSettings settings, HostRole role)
    {
        options.Durability.Mode = role == HostRole.Node ? DurabilityMode.Balanced : DurabilityMode.ServerlessWithOutbox;
        options.Durability.HealthCheckPollingTime = settings.HealthCheckPolling;
        options.Durability.StaleNodeTimeout = settings.StaleNodeTimeout;
        options.Durability.CheckAssignmentPeriod = settings.CheckAssignments;

        // The serverless mode's defaults, set for nodes too: they add a timestamp column to the envelope tables, and
        // with one setting for both the tables a command leaves are the ones db-assert expects of the service.
        options.Durability.OutboxStaleTime = settings.OutboxStaleTime;
        options.Durability.InboxStaleTime = settings.InboxStaleTime;
        return options;
    }
}
