using System.Globalization;

namespace Milestone.FaultSuite;

/// <summary>
/// The SLA timers after the faults, judged by what was delivered as well as what was recorded: every deadline
/// a clock set delivered once, each target recorded once and on time, and no target a staff reply stopped in
/// time recorded at all.
/// </summary>
public sealed class DeadlineChecks(Verification database, string deliveryLog, OutageWindows outages)
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
        var worst = late.MaxBy(recording => recording.Lateness - recording.Allowed);
        var detail = worst.Row is null ? "" : $"worst: {worst.Row[0]} {worst.Row[2]} of {worst.Row[1]} {worst.Lateness.TotalSeconds:0.0} s late, {worst.Allowed.TotalSeconds:0.0} s allowed; latest of all {late.Max(r => r.Lateness).TotalSeconds:0.0} s";
        return new Check($"SLA recordings later than due + {OutageWindows.Slack.TotalSeconds:0} s outside known outages", 0, tooLate.Count, detail);
    }

    /// <summary>The deadlines each clock set when it started, against the deliveries the host logged (test-only switch).</summary>
    private async Task<IReadOnlyList<Check>> DeliveriesAsync()
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
        var expected = started.SelectMany(clock => new (string Kind, string Deadline)[]
        {
            ("Response", Deadline(clock[0], "Response", "AtRisk", clock[1])), ("Response", Deadline(clock[0], "Response", "Breach", clock[2])),
            ("Resolution", Deadline(clock[0], "Resolution", "AtRisk", clock[3])), ("Resolution", Deadline(clock[0], "Resolution", "Breach", clock[4])),
        }.Where(deadline => !clock[5].Split(',').Contains(deadline.Kind)).Select(deadline => deadline.Deadline)).ToList();

        var suiteClocks = started.Select(clock => clock[0]).ToHashSet();

        // An early delivery is put back until due, as a new envelope: only deliveries at or after the due time count.
        var envelopes = (File.Exists(deliveryLog) ? await File.ReadAllLinesAsync(deliveryLog) : [])
            .Select(line => line.Split(','))
            .Where(field => suiteClocks.Contains(field[2]))
            .Where(field => DateTimeOffset.Parse(field[7], CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(field[6], CultureInfo.InvariantCulture))
            .GroupBy(field => Deadline(field[2], field[3], field[4], field[6]))
            .ToDictionary(deadline => deadline.Key, deadline => deadline.Select(field => field[0]).Distinct().Count());
        var never = expected.Count(deadline => envelopes.GetValueOrDefault(deadline) == 0);
        var twice = expected.Count(deadline => envelopes.GetValueOrDefault(deadline) > 1);
        return
        [
            new("SLA deadlines scheduled at a clock's start delivered by exactly one envelope", expected.Count, expected.Count(deadline => envelopes.GetValueOrDefault(deadline) == 1),
                $"{never} never delivered, {twice} delivered by more than one envelope"),
            new("SLA deadline deliveries of no deadline a clock set at its start", 0, envelopes.Keys.Except(expected).Count()),
        ];
    }

    private static string Deadline(string clockId, string kind, string milestone, string due) =>
        $"{clockId}/{kind}/{milestone}/{DateTimeOffset.Parse(due, CultureInfo.InvariantCulture).UtcTicks}";
}
