namespace Milestone.Domain.Sla;

/// <summary>
/// How one target of one cycle went, read from a clock's events: when it started, its last due time while it ran (none
/// if it ran paused to its end), and, once stopped, when, the business time it took and whether it was met. At risk and
/// breached say whether those moments were recorded. A correction (<see cref="SlaTargetRecomputed"/>) replaces what it
/// corrects.
/// </summary>
public sealed record SlaTargetOutcome(
    SlaTargetKind Kind,
    int Cycle,
    Urgency Urgency,
    DateTimeOffset StartedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? StoppedAt,
    TimeSpan? Elapsed,
    bool? Met,
    bool AtRisk,
    bool Breached,
    bool Cancelled)
{
    public bool Stopped => Met is not null;

    public static IReadOnlyList<SlaTargetOutcome> Of(IEnumerable<object> clockEvents)
    {
        var outcomes = new Dictionary<(SlaTargetKind, int), SlaTargetOutcome>();
        SlaClock? clock = null;
        foreach (var @event in clockEvents)
        {
            clock = SlaClock.Evolve(clock, @event);
            if (clock is null)
            {
                continue;
            }

            foreach (var timer in new[] { clock.Response, clock.Resolution, clock.NextReply, clock.PeriodicUpdate }.OfType<SlaTimer>())
            {
                var key = (timer.Kind, timer.Cycle);
                var known = outcomes.GetValueOrDefault(key);
                outcomes[key] = new SlaTargetOutcome(
                    timer.Kind,
                    timer.Cycle,
                    known is { Stopped: true } ? known.Urgency : clock.Urgency,
                    known?.StartedAt ?? Started(@event, timer),
                    timer.Due?.DueAt ?? known?.DueAt,
                    timer.StoppedAt,
                    timer.Phase == SlaTimerPhase.Stopped ? timer.Elapsed : null,
                    timer.Phase == SlaTimerPhase.Stopped ? timer.Met : null,
                    timer.AtRiskRecorded,
                    timer.Phase == SlaTimerPhase.Stopped ? !timer.Met : timer.BreachRecorded,
                    timer.Phase == SlaTimerPhase.NotApplicable);
            }
        }

        return [.. outcomes.Values.OrderBy(outcome => outcome.StartedAt).ThenBy(outcome => outcome.Kind).ThenBy(outcome => outcome.Cycle)];
    }

    private static DateTimeOffset Started(object @event, SlaTimer timer) => @event switch
    {
        SlaClockStarted started => started.StartedAt,
        SlaResolutionCycleStarted cycle => cycle.StartedAt,
        SlaTargetStarted follow => follow.StartedAt,
        _ => timer.RunningSince ?? DateTimeOffset.MinValue,
    };
}
