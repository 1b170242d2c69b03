namespace Milestone.FaultSuite;

/// <summary>Waits, after the load, for every SLA target to fall due and for the outbox and projections to drain.</summary>
public static class Settling
{
    /// <summary>The longest SLA target of the suite's policy, plus scheduled-message polling and margin.</summary>
    public static readonly TimeSpan SlaTargetsPlusPolling = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

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
            // The checks that follow say what was left and why; a crash here would leave no report.
            if (DateTime.UtcNow > deadline)
            {
                say($"Not drained within {Patience}: {string.Join(", ", backlog.Select(left => $"{left.Key} {left.Value}"))}");
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        say("Outbox and inbox drained and every projection at the high-water mark");
    }

    private static async Task<Dictionary<string, long>> BacklogAsync(Verification database) => new()
    {
        ["outgoing envelopes"] = await database.ScalarAsync("SELECT count(*) FROM milestone.wolverine_outgoing_envelopes"),
        ["incoming envelopes"] = await database.ScalarAsync($"SELECT count(*) {Backlog.Unhandled}"),
        ["projections behind"] = await database.ScalarAsync("""
            SELECT count(*) FROM milestone.mt_event_progression
             WHERE name NOT LIKE 'HighWater%' AND last_seq_id < (SELECT coalesce(max(seq_id), 0) FROM milestone.mt_events)
            """),
    };
}
