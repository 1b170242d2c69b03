using System.Globalization;

namespace Milestone.FaultSuite;

/// <summary>
/// The SLA timers after the faults, judged by what was delivered as well as what was recorded: every deadline
/// a clock set delivered once, each target recorded once and on time, and no target a staff reply stopped in
/// time recorded at all.
/// </summary>
public sealed class DeadlineChecks(Verification database, IReadOnlyList<string> deliveryLogs, OutageWindows outages)
{
    private const string FaultSuiteRequests = "SELECT data->>'requestId' FROM milestone.mt_events WHERE type = 'request_submitted' AND data->>'title' LIKE 'Fault suite %'";

    public async Task<IReadOnlyList<Check>> CheckAsync(int submitted, IReadOnlyCollection<Answered> answers)
    {
        var checks = new List<Check>();
        var recordings = await database.RowsAsync($$"""
            SELECT type, data->>'requestId', data->>'kind', data->>'cycle', data->>'at', to_json(timestamp)#>>'{}'
              FROM milestone.mt_events WHERE type IN ('sla_at_risk', 'sla_breached') AND data->>'requestId' IN ({{FaultSuiteRequests}})
            """);
        var answered = answers.ToDictionary(answer => answer.RequestId.ToString(), answer => answer.InTime);
        foreach (var (eventType, what) in new[] { ("sla_at_risk", "at-risk warnings"), ("sla_breached", "breaches") })
        {
            var perTarget = recordings.Where(row => row[0] == eventType).GroupBy(row => (Request: row[1], Kind: row[2], Cycle: row[3])).ToList();
            checks.Add(new($"SLA {what} recorded twice for one target", 0, perTarget.Count(target => target.Count() > 1)));

            // A request no staff member answered runs both targets out; an answered one its resolution target at least.
            var required = perTarget.Count(target => target.Key.Kind == "Resolution" || !answered.ContainsKey(target.Key.Request));
            checks.Add(new($"SLA {what} of targets no staff reply stopped (scheduled messages fired)", (submitted * 2) - answered.Count, required));
            checks.Add(new($"SLA {what} of response targets a staff reply stopped in time (of {answered.Values.Count(inTime => inTime)})", 0,
                perTarget.Count(target => target.Key.Kind == "Response" && answered.GetValueOrDefault(target.Key.Request))));
        }

        checks.Add(Lateness(recordings));
        checks.AddRange(await DeliveriesAsync());
        return checks;
    }

    /// <summary>Recorded (the event's commit) minus due (the moment the event names), against the slack and the outages.</summary>
    private Check Lateness(IReadOnlyList<string[]> recordings)
    {
        var late = recordings
            .Select(row => (Row: row, Due: DateTimeOffset.Parse(row[4], CultureInfo.InvariantCulture), Recorded: DateTimeOffset.Parse(row[5], CultureInfo.InvariantCulture)))
            .Select(recording => (recording.Row, Lateness: recording.Recorded - recording.Due, Allowed: outages.AllowedLateness(recording.Due)))
            .ToList();
        var tooLate = late.Where(recording => recording.Lateness > recording.Allowed).ToList();
        if (late.Count == 0)
        {
            return new Check($"SLA recordings later than due + {OutageWindows.Slack.TotalSeconds:0} s outside known outages", 0, 0, "nothing was recorded");
        }

        var worst = late.MaxBy(recording => recording.Lateness - recording.Allowed);
        var detail = $"worst: {worst.Row[0]} {worst.Row[2]} of {worst.Row[1]} {worst.Lateness.TotalSeconds:0.0} s late, {worst.Allowed.TotalSeconds:0.0} s allowed; latest of all {late.Max(r => r.Lateness).TotalSeconds:0.0} s";
        return new Check($"SLA recordings later than due + {OutageWindows.Slack.TotalSeconds:0} s outside known outages", 0, tooLate.Count, detail);
    }

    /// <summary>The deadlines each clock set when it started, against the deliveries the host logged (test-only switch).</summary>
    private async Task<IReadOnlyList<Check>> DeliveriesAsync()
    {
        var expected = (await ScheduledAtStartAsync()).Select(deadline => deadline.Key).ToList();
        var envelopes = (await DeliveredAsync())
            .GroupBy(delivery => delivery.Deadline)
            .ToDictionary(deadline => deadline.Key, deadline => deadline.Select(delivery => delivery.EnvelopeId).Distinct().Count());
        var never = expected.Count(deadline => envelopes.GetValueOrDefault(deadline) == 0);
        var twice = expected.Count(deadline => envelopes.GetValueOrDefault(deadline) > 1);
        return
        [
            new("SLA deadlines scheduled at a clock's start delivered by exactly one envelope", expected.Count, expected.Count(deadline => envelopes.GetValueOrDefault(deadline) == 1),
                $"{never} never delivered, {twice} delivered by more than one envelope"),
            new("SLA deadline deliveries of no deadline a clock set at its start", 0, envelopes.Keys.Except(expected).Count()),
        ];
    }

    /// <summary>The deadlines the suite's clocks set when they started, each as "clock/kind/milestone/due" and its due time.</summary>
    public async Task<IReadOnlyList<(string Key, DateTimeOffset Due)>> ScheduledAtStartAsync()
    {
        // A follower that catches up late may start a clock and stop a target in one transaction (xmin): that target's deadlines were never pending, so never scheduled.
        var started = await database.RowsAsync($"""
            SELECT s.data->>'clockId', s.data->'responseDue'->>'atRiskAt', s.data->'responseDue'->>'dueAt', s.data->'resolutionDue'->>'atRiskAt', s.data->'resolutionDue'->>'dueAt',
                   string_agg(t.data->>'kind', ',')
              FROM milestone.mt_events s
              LEFT JOIN milestone.mt_events t ON t.stream_id = s.stream_id AND t.type = 'sla_target_stopped' AND t.xmin = s.xmin
             WHERE s.type = 'sla_clock_started' AND s.data->>'requestId' IN ({FaultSuiteRequests})
             GROUP BY s.seq_id, s.data
            """);
        return started.SelectMany(clock => new (string Kind, string Milestone, string Due)[]
        {
            ("Response", "AtRisk", clock[1]), ("Response", "Breach", clock[2]), ("Resolution", "AtRisk", clock[3]), ("Resolution", "Breach", clock[4]),
        }.Where(deadline => !clock[5].Split(',').Contains(deadline.Kind))
         .Select(deadline => (Deadline(clock[0], deadline.Kind, deadline.Milestone, deadline.Due), DateTimeOffset.Parse(deadline.Due, CultureInfo.InvariantCulture)))).ToList();
    }

    /// <summary>
    /// The deliveries of the suite's deadlines at or after their due time: an early delivery is put back until due,
    /// as a new envelope, so only these count.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> DeliveredAsync()
    {
        var suiteClocks = (await database.RowsAsync($"SELECT data->>'clockId' FROM milestone.mt_events WHERE type = 'sla_clock_started' AND data->>'requestId' IN ({FaultSuiteRequests})"))
            .Select(row => row[0]).ToHashSet();
        return (await DeliveriesLoggedAsync(deliveryLogs))
            .Where(delivery => suiteClocks.Contains(delivery.Fields[2]))
            .Select(delivery => new Delivery(
                delivery.Log,
                delivery.Fields[0],
                Deadline(delivery.Fields[2], delivery.Fields[3], delivery.Fields[4], delivery.Fields[6]),
                DateTimeOffset.Parse(delivery.Fields[6], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(delivery.Fields[7], CultureInfo.InvariantCulture)))
            .Where(delivery => delivery.DeliveredAt >= delivery.Due)
            .ToList();
    }

    /// <summary>Every delivery the given logs hold, each with the log it came from (one log per node start).</summary>
    private static async Task<IReadOnlyList<(string Log, string[] Fields)>> DeliveriesLoggedAsync(IEnumerable<string> logs)
    {
        var deliveries = new List<(string, string[])>();
        foreach (var log in logs.Where(File.Exists))
        {
            deliveries.AddRange((await File.ReadAllLinesAsync(log)).Select(line => (log, line.Split(','))));
        }

        return deliveries;
    }

    private static string Deadline(string clockId, string kind, string milestone, string due) =>
        $"{clockId}/{kind}/{milestone}/{DateTimeOffset.Parse(due, CultureInfo.InvariantCulture).UtcTicks}";
}

/// <summary>One delivery of an SLA deadline to its handler: the node start's log it was written to, the envelope, the deadline and when.</summary>
public sealed record Delivery(string Log, string EnvelopeId, string Deadline, DateTimeOffset Due, DateTimeOffset DeliveredAt);
