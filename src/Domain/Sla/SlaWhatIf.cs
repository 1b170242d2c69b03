namespace Milestone.Domain.Sla;

/// <summary>
/// How a set of targets did: those stopped, met and breached (stopped late, or breached while still running), the share
/// met of those stopped, how many went at risk, and how many still run.
/// </summary>
public sealed record SlaWhatIfFigures(int Stopped, int Met, int Breached, double? AttainmentPercent, int AtRisk, int Running)
{
    public static SlaWhatIfFigures Of(IEnumerable<SlaTargetOutcome> outcomes)
    {
        var counted = outcomes.Where(outcome => !outcome.Cancelled).ToList();
        var stopped = counted.Count(outcome => outcome.Stopped);
        var met = counted.Count(outcome => outcome.Met == true);
        return new SlaWhatIfFigures(
            stopped,
            met,
            counted.Count(outcome => outcome.Breached),
            stopped == 0 ? null : Math.Round(100.0 * met / stopped, 1),
            counted.Count(outcome => outcome.AtRisk),
            counted.Count(outcome => !outcome.Stopped));
    }
}

/// <summary>
/// Prices a tighter (or looser) SLA before it is offered: the client's real requests of a period, their clocks as they
/// ran and the same histories replayed under the proposed policy, side by side. Nothing is written. Administrators and
/// the client's account managers may ask.
/// </summary>
public static class SlaWhatIf
{
    public const int MaxDays = 366;
    public const int MaxRequests = 2_000;

    /// <summary>A client the caller does not work with is not found, as a missing one is.</summary>
    public static void RequireAnalyst(Actor actor, Guid clientId)
    {
        if (!actor.WorksWith(clientId))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        }

        if (actor.Role is not (Role.Admin or Role.AccountManager))
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and the client's account managers try policies against its history.");
        }
    }

    public static void RequirePeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || to - from > TimeSpan.FromDays(MaxDays))
        {
            throw new CommandRejected(Rejection.Invalid, $"Give a period of up to {MaxDays} days, ending after it starts.", "to");
        }
    }
}
