namespace Milestone.FaultSuite;

/// <summary>
/// When to SIGKILL the host so that the kill hits work in flight: a random moment, then as soon as the newest node
/// (the running host) holds agents and has incoming messages it took and not yet handled. A kill straight after a
/// restart would otherwise land before the node owns anything, and prove nothing.
/// </summary>
public static class KillPoint
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string VictimBusy = """
        WITH victim AS (SELECT id, node_number FROM milestone.wolverine_nodes ORDER BY started DESC LIMIT 1)
        SELECT (SELECT count(*) FROM milestone.wolverine_node_assignments a JOIN victim v ON a.node_id = v.id) > 0
           AND (SELECT count(*) FROM milestone.wolverine_incoming_envelopes e JOIN victim v ON e.owner_id = v.node_number WHERE e.status = 'Incoming') > 0
        """;

    /// <summary>Waits for the moment; says whether the victim was busy then (false: it never was within the patience).</summary>
    public static async Task<bool> AwaitAsync(Verification database, TimeSpan atMost)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next((int)atMost.TotalMilliseconds)));
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await database.TextAsync(VictimBusy) == "True")
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        return false;
    }
}
