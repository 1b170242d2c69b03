namespace Milestone.FaultSuite;

/// <summary>Waits, after the load, for every SLA target to fall due and for the outbox and projections to drain.</summary>
public static class Settling
{
    /// <summary>The longest SLA target of the suite's policy, plus scheduled-message polling and margin.</summary>
    public static readonly TimeSpan SlaTargetsPlusPolling = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task UntilQuietAsync(Verification database, DateTime notBefore, Action<string> say)
    {
        say($"Waiting until {notBefore:HH:mm:ss} UTC for the last SLA targets to fall due");
        if (notBefore > DateTime.UtcNow)
        {
            await Task.Delay(notBefore - DateTime.UtcNow);
        }

        var deadline = DateTime.UtcNow + Patience;
        while (await BacklogAsync(database) is var backlog && backlog.Values.Sum() > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                var behind = await database.TextAsync("""
                    SELECT string_agg(name || ' at ' || last_seq_id, ', ') || ' of ' || (SELECT max(seq_id) FROM milestone.mt_events)
                      FROM milestone.mt_event_progression WHERE name NOT LIKE 'HighWater%' AND last_seq_id < (SELECT max(seq_id) FROM milestone.mt_events)
                    """);
                throw new TimeoutException($"The outbox and projections did not drain within {Patience}: {string.Join(", ", backlog.Select(left => $"{left.Key} {left.Value}"))} ({behind}).");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        say("Outbox drained and every projection at the high-water mark");
    }

    private static async Task<Dictionary<string, long>> BacklogAsync(Verification database) => new()
    {
        ["outgoing envelopes"] = await database.ScalarAsync("SELECT count(*) FROM milestone.wolverine_outgoing_envelopes"),
        ["incoming envelopes"] = await database.ScalarAsync("SELECT count(*) FROM milestone.wolverine_incoming_envelopes WHERE status = 'Incoming'"),
        ["projections behind"] = await database.ScalarAsync("""
            SELECT count(*) FROM milestone.mt_event_progression
             WHERE name NOT LIKE 'HighWater%' AND last_seq_id < (SELECT coalesce(max(seq_id), 0) FROM milestone.mt_events)
            """),
    };
}
