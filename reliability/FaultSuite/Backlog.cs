namespace Milestone.FaultSuite;

/// <summary>
/// Work the host still owes, as rows of Wolverine's incoming table: every route is a durable local queue, so
/// the outgoing table stays empty and this is where a message waits, falls due or sits parked for a retry.
/// A scheduled message not yet due and never tried (a future deadline of the demo's requests) is not owed yet.
/// </summary>
public static class Backlog
{
    public const string Unhandled = """
        FROM milestone.wolverine_incoming_envelopes
        WHERE status = 'Incoming' OR (status = 'Scheduled' AND (execution_time <= now() OR attempts > 0))
        """;

    /// <summary>
    /// A killed node's envelopes must pass to a live node, or nobody ever handles them. The nodes' table is in the main
    /// database; with a database per tenant the envelopes are in the tenant's, so the live nodes are read first.
    /// </summary>
    public const string LiveNodeNumbers = "SELECT coalesce(string_agg(node_number::text, ','), '0') FROM milestone.wolverine_nodes WHERE health_check > now() - interval '30 seconds'";

    public static string OwnedByDeadNode(string liveNodeNumbers) => $"""
        FROM milestone.wolverine_incoming_envelopes
        WHERE owner_id <> 0 AND status <> 'Handled' AND owner_id NOT IN ({liveNodeNumbers})
        """;
}
