namespace Milestone.FaultSuite;

/// <summary>
/// SIGKILL the node whose durability agent delivers the scheduled messages, while SLA deadlines are pending: every
/// deadline due in the 30 s after the kill (among them those scheduled 15–20 s out) must be delivered once, by a
/// survivor, within due + 30 s.
/// </summary>
public static class SchedulerFailover
{
    /// <summary>
    /// The deadlines this check holds to its own promise. A survivor takes the scheduling agent over some 25 s after
    /// the kill (the node declared dead, the leader's next pass, the first poll), so the general lateness check counts
    /// this window as an outage and leaves these deadlines to this one.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(30);

    /// <summary>Kills the node and says when it was dead: a deadline due after that moment can only be delivered by a survivor.</summary>
    public static async Task<(HostNode Victim, DateTimeOffset Killed)> KillAsync(ClusterView cluster, IReadOnlyList<HostNode> nodes, Action<string> say)
    {
        var (victim, schedulers) = await cluster.BusiestAsync(nodes, ClusterView.Schedulers);
        await victim.KillAsync();
        var killed = DateTimeOffset.UtcNow;
        say($"SIGKILL of the node running the scheduler{(schedulers.Count > 1 ? "s" : "")} ({string.Join(", ", schedulers)})");
        return (victim, killed);
    }

    public static async Task<IReadOnlyList<Check>> CheckAsync(DeadlineChecks deadlines, DateTimeOffset killed, HostNode victim)
    {
        var victimLogs = victim.Starts.Select(start => start.DeliveryLog).ToHashSet();
        var due = (await deadlines.ScheduledAtStartAsync()).Where(deadline => deadline.Due > killed && deadline.Due <= killed + Window).ToList();
        var deliveries = (await deadlines.DeliveredAsync()).ToLookup(delivery => delivery.Deadline);
        string? Broken((string Key, DateTimeOffset Due) deadline) => deliveries[deadline.Key].ToList() switch
        {
            var none when none.Count == 0 => "never delivered",
            var several when several.Select(delivery => delivery.EnvelopeId).Distinct().Count() > 1 => "delivered by more than one envelope",
            var delivered when delivered.Any(delivery => victimLogs.Contains(delivery.Log)) => "delivered by the killed node",
            var delivered when delivered.Any(delivery => delivery.DeliveredAt > deadline.Due + Promise) => "delivered late",
            _ => null,
        };

        var broken = due.Select(Broken).OfType<string>().GroupBy(reason => reason).Select(reason => $"{reason.Count()} {reason.Key}").ToList();
        var scheduledFifteenToTwentyOut = due.Count(deadline => deadline.Due - killed >= TimeSpan.FromSeconds(15) && deadline.Due - killed <= TimeSpan.FromSeconds(20));
        return
        [
            new($"SLA deadlines due within {Window.TotalSeconds:0} s of the scheduler's node being killed, delivered once by a survivor within due + {Promise.TotalSeconds:0} s",
                due.Count, due.Count(deadline => Broken(deadline) is null), string.Join(", ", [$"{scheduledFifteenToTwentyOut} of them due 15–20 s after the kill", .. broken])),
            new("the scheduler's node was killed with deadlines due 15–20 s later pending (1 = yes; otherwise the kill proved nothing)", 1, scheduledFifteenToTwentyOut > 0 ? 1 : 0),
        ];
    }
}
