namespace Milestone.Domain.Sla;

/// <summary>
/// At-risk and breach happen on time, not on a command: after each change the integration schedules
/// <see cref="PendingDeadlines"/> as delayed messages, and each arriving message is checked against
/// the state at that moment. Anything that no longer matches is ignored, so stale and duplicate
/// deliveries are harmless and each fact is recorded once. Every breach is preceded by its at-risk
/// warning: a breach that arrives before the warning (delayed by a database outage, say, or made due at
/// once by an upgrade) records the warning first, at the warning's own time, so reports count every
/// target that went at risk.
/// </summary>
public sealed partial record SlaClock
{
    public IReadOnlyList<SlaDeadline> PendingDeadlines() =>
    [
        .. Pending(Response),
        .. Pending(Resolution),
        .. Pending(NextReply),
        .. Pending(PeriodicUpdate),
    ];

    public IEnumerable<object> CheckDeadline(SlaDeadline deadline, DateTimeOffset now)
    {
        if (deadline.ClockId != Id
            || TimerOf(deadline.Kind) is not { Phase: SlaTimerPhase.Running, Due: { } due } timer
            || timer.Cycle != deadline.Cycle
            || now < deadline.DueAt)
        {
            return [];
        }

        return deadline.Milestone switch
        {
            SlaMilestone.AtRisk when !timer.AtRiskRecorded && !timer.BreachRecorded && deadline.DueAt == due.AtRiskAt =>
                [new SlaAtRisk(Id, RequestId, ClientId, timer.Kind, timer.Cycle, Urgency, deadline.DueAt, due.DueAt)],
            SlaMilestone.Breach when !timer.BreachRecorded && deadline.DueAt == due.DueAt => Breached(timer, due),
            _ => [],
        };
    }

    private IEnumerable<object> Breached(SlaTimer timer, SlaDueTimes due)
    {
        if (!timer.AtRiskRecorded)
        {
            yield return new SlaAtRisk(Id, RequestId, ClientId, timer.Kind, timer.Cycle, Urgency, due.AtRiskAt, due.DueAt);
        }

        yield return new SlaBreached(Id, RequestId, ClientId, timer.Kind, timer.Cycle, Urgency, due.DueAt);
    }

    /// <summary>
    /// A breach recorded earlier stays breached, even after a stop or a later change of urgency;
    /// a target stopped late shows as breached, one stopped in time as met. Elapsed is shown in whole
    /// seconds and remaining is what is left of the target after it, so the two always add up to the
    /// target on a running clock instead of each being rounded down on its own.
    /// </summary>
    public SlaTargetView Status(SlaTargetKind kind, DateTimeOffset now) =>
        StatusOf(TimerOf(kind) ?? throw new InvalidOperationException($"Clock {Id} has no {kind} target."), now);

    /// <summary>The latest cycle of a follow-up target, or null while the request has never had one.</summary>
    public SlaTargetView? FollowUpStatus(SlaTargetKind kind, DateTimeOffset now) => TimerOf(kind) is { } timer ? StatusOf(timer, now) : null;

    private SlaTargetView StatusOf(SlaTimer timer, DateTimeOffset now)
    {
        var kind = timer.Kind;
        var exact = timer.ElapsedAt(now, Terms.Calendar);
        var elapsed = TimeSpan.FromTicks(exact.Ticks - (exact.Ticks % TimeSpan.TicksPerSecond));
        var state = timer.Phase switch
        {
            SlaTimerPhase.NotApplicable => SlaState.NotApplicable,
            SlaTimerPhase.Stopped => timer.Met ? SlaState.Met : SlaState.Breached,
            _ when timer.BreachRecorded || elapsed >= timer.Target => SlaState.Breached,
            SlaTimerPhase.Paused => SlaState.Paused,
            _ when timer.AtRiskRecorded || elapsed >= Terms.AtRiskAfter(timer.Target) => SlaState.AtRisk,
            _ => SlaState.OnTrack,
        };
        var remaining = timer.IsOpen && timer.Target > elapsed ? timer.Target - elapsed : TimeSpan.Zero;
        var dueAt = timer.Phase == SlaTimerPhase.Running ? timer.Due?.DueAt : null;
        return new SlaTargetView(kind, timer.Cycle, state, dueAt, timer.Target, elapsed, remaining, timer.StoppedAt);
    }

    private IEnumerable<SlaDeadline> Pending(SlaTimer? timer)
    {
        if (timer is null || timer.Phase != SlaTimerPhase.Running || timer.BreachRecorded || timer.Due is not { } due)
        {
            yield break;
        }

        if (!timer.AtRiskRecorded)
        {
            yield return new SlaDeadline(Id, timer.Kind, SlaMilestone.AtRisk, timer.Cycle, due.AtRiskAt);
        }

        yield return new SlaDeadline(Id, timer.Kind, SlaMilestone.Breach, timer.Cycle, due.DueAt);
    }

    private SlaTimer? TimerOf(SlaTargetKind kind) => kind switch
    {
        SlaTargetKind.Response => Response,
        SlaTargetKind.Resolution => Resolution,
        SlaTargetKind.NextReply => NextReply,
        _ => PeriodicUpdate,
    };
}
