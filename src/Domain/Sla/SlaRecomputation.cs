namespace Milestone.Domain.Sla;

/// <summary>
/// A target that had stopped, measured again after its calendar or policy was corrected: history is not rewritten, this
/// records what the correction changed, with the old and the new due time, business time taken and outcome, the
/// corrected terms it was measured under and why. Compliance counts the new outcome from then on.
/// </summary>
public sealed record SlaTargetRecomputed(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    DateTimeOffset? OldDueAt,
    DateTimeOffset? NewDueAt,
    TimeSpan OldElapsed,
    TimeSpan NewElapsed,
    bool OldMet,
    bool NewMet,
    Guid PolicyId,
    int PolicyVersion,
    string Reason,
    Guid RecomputedBy,
    DateTimeOffset RecomputedAt) : IRequestEvent;

/// <summary>
/// Correcting clocks after a calendar or policy was corrected rather than revised going forward (a holiday forgotten, a
/// wrong period): each stopped target is measured again by replaying its request's history under the corrected terms,
/// and every target whose due time, time taken or outcome differs gets a <see cref="SlaTargetRecomputed"/>. Targets
/// still running keep their due times. Running it again with the same terms records nothing.
/// </summary>
public static class SlaRecomputation
{
    public const int ReasonMaxLength = 500;

    public static string RequireRecomputer(Actor actor, string reason)
    {
        if (actor.Role != Role.Admin)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators recompute SLA clocks.");
        }

        var trimmed = reason.Trim();
        return trimmed.Length is > 0 and <= ReasonMaxLength
            ? trimmed
            : throw new CommandRejected(Rejection.Invalid, $"Say why in 1 to {ReasonMaxLength} characters.", "reason");
    }

    /// <summary><paramref name="actual"/> the clock's events as recorded; <paramref name="corrected"/> its replay under <paramref name="terms"/>.</summary>
    public static IReadOnlyList<SlaTargetRecomputed> Corrections(
        IReadOnlyList<object> actual, IEnumerable<object> corrected, SlaTerms terms, string reason, Actor actor, DateTimeOffset now)
    {
        var clock = actual.OfType<SlaClockStarted>().First();
        var replayed = SlaTargetOutcome.Of(corrected).Where(outcome => outcome.Stopped).ToDictionary(outcome => (outcome.Kind, outcome.Cycle));
        return
        [
            .. SlaTargetOutcome.Of(actual)
                .Where(outcome => outcome.Stopped && replayed.ContainsKey((outcome.Kind, outcome.Cycle)))
                .Select(outcome => (Old: outcome, New: replayed[(outcome.Kind, outcome.Cycle)]))
                .Where(pair => (pair.Old.DueAt, pair.Old.Elapsed, pair.Old.Met) != (pair.New.DueAt, pair.New.Elapsed, pair.New.Met))
                .Select(pair => new SlaTargetRecomputed(
                    clock.ClockId,
                    clock.RequestId,
                    clock.ClientId,
                    pair.Old.Kind,
                    pair.Old.Cycle,
                    pair.Old.DueAt,
                    pair.New.DueAt,
                    pair.Old.Elapsed!.Value,
                    pair.New.Elapsed!.Value,
                    pair.Old.Met!.Value,
                    pair.New.Met!.Value,
                    terms.PolicyId,
                    terms.PolicyVersion,
                    reason,
                    actor.PersonId,
                    now)),
        ];
    }
}
