namespace Milestone.Host.Cluster;

/// <summary>
/// How quickly the nodes sharing one database notice each other come and go. Wolverine's defaults take a
/// minute to call a silent node dead; these move its projections and timers to a live node within 30 s.
/// </summary>
public sealed class ClusterSettings
{
    public const string Section = "Milestone:Cluster";

    /// <summary>How often each node records that it is alive.</summary>
    public TimeSpan HealthCheckPolling { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a node may stay silent before the others take over its work.</summary>
    public TimeSpan StaleNodeTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How often the leader checks that every projection runs on exactly one live node.</summary>
    public TimeSpan CheckAssignments { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a message may wait in the outbox before any node sends it, even one another node still owns.</summary>
    public TimeSpan OutboxStaleTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a message may wait in the inbox before any node runs it; longer than the longest handler.</summary>
    public TimeSpan InboxStaleTime { get; set; } = TimeSpan.FromMinutes(5);
}
