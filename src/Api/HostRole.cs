namespace Milestone.Api;

/// <summary>What a process of Milestone is: a node serving the API, or one command run beside the nodes.</summary>
public enum HostRole
{
    /// <summary>Serves the API and runs its share of the cluster's work: local queues, projections, scheduled messages.</summary>
    Node,

    /// <summary>
    /// Runs one command and stops: no port, no local queues, no place in the cluster (Wolverine's ServerlessWithOutbox).
    /// What its handlers send is stored in the database's inbox for the nodes.
    /// </summary>
    Command,
}
