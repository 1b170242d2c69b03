namespace Milestone.Domain.Sla;

/// <summary>
/// Where a clock stands by its recorded facts alone, for sorting and filtering queues: the state
/// changes only with an event (at-risk and breach are recorded on time), so a stored copy stays true.
/// </summary>
public sealed partial record SlaClock
{
    /// <summary>
    /// The clock's stream id, derived from the request's (a name-based UUID, RFC 9562 version 5), so
    /// anyone holding a request id finds its clock without a lookup.
    /// </summary>
    public static Guid IdFor(Guid requestId) => NameBasedGuid.Create(ClockNamespace, requestId);

    private static readonly Guid ClockNamespace = Guid.Parse("6d1f4c1e-5b8a-4a57-9a3e-3f1f0b5c2a10");

    /// <summary>
    /// The worst state of the targets now counting (or, once none counts, of how the response and the resolution
    /// ended: the follow-up targets weigh while they run, and their outcomes count in compliance).
    /// </summary>
    public SlaState Standing
    {
        get
        {
            SlaTimer[] counting = [.. new[] { Response, Resolution, NextReply, PeriodicUpdate }.OfType<SlaTimer>().Where(timer => timer.IsOpen)];
            if (counting.Length == 0)
            {
                return Resolution.Phase == SlaTimerPhase.NotApplicable ? SlaState.NotApplicable
                    : Response.Met && Resolution.Met ? SlaState.Met
                    : SlaState.Breached;
            }

            return counting.Any(timer => timer.BreachRecorded) ? SlaState.Breached
                : counting.Any(timer => timer.AtRiskRecorded) ? SlaState.AtRisk
                : counting.All(timer => timer.Phase == SlaTimerPhase.Paused) ? SlaState.Paused
                : SlaState.OnTrack;
        }
    }

    /// <summary>The soonest due time among the running targets; none while paused or stopped.</summary>
    public DateTimeOffset? NextDueAt =>
        new[] { Response, Resolution, NextReply, PeriodicUpdate }.OfType<SlaTimer>().Where(timer => timer.Phase == SlaTimerPhase.Running).Min(timer => timer.Due?.DueAt);
}
