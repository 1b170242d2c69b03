namespace Milestone.Domain.Sla;

/// <summary>
/// A request's clocks started at submission under the policy version in force then. Both targets
/// run; resolution is cycle 1.
/// </summary>
public sealed record SlaClockStarted(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    Urgency Urgency,
    SlaTerms Terms,
    DateTimeOffset StartedAt,
    SlaDueTimes ResponseDue,
    SlaDueTimes ResolutionDue) : IRequestEvent;

/// <summary>
/// The request waits on the client; open targets stop counting. The elapsed times are null for a
/// target that was not running.
/// </summary>
public sealed record SlaClockPaused(Guid ClockId, Guid RequestId, Guid ClientId, DateTimeOffset PausedAt, TimeSpan? ResponseElapsed, TimeSpan ResolutionElapsed) : IRequestEvent;

/// <summary>Counting goes on from where it paused; due times moved by the paused span.</summary>
public sealed record SlaClockResumed(Guid ClockId, Guid RequestId, Guid ClientId, DateTimeOffset ResumedAt, SlaDueTimes? ResponseDue, SlaDueTimes ResolutionDue) : IRequestEvent;

/// <summary>
/// A target stopped: the response at the first public staff reply (or at completion, if no reply
/// came first), the resolution at completion. <see cref="Met"/> is this cycle's compliance;
/// <see cref="CreditedTo"/> the agent it counts for: who replied, or who had the request when it
/// completed; <see cref="Urgency"/> the urgency it was measured under.
/// </summary>
public sealed record SlaTargetStopped(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    DateTimeOffset StoppedAt,
    TimeSpan Target,
    TimeSpan Elapsed,
    bool Met,
    Guid? CreditedTo,
    Urgency Urgency) : IRequestEvent;

/// <summary>The request was cancelled; its open targets no longer apply and count in no compliance figure.</summary>
public sealed record SlaClockCancelled(Guid ClockId, Guid RequestId, Guid ClientId, DateTimeOffset CancelledAt, TimeSpan? ResponseElapsed, TimeSpan ResolutionElapsed) : IRequestEvent;

/// <summary>A completed request was reopened: a fresh resolution target, counted from zero as its own cycle.</summary>
public sealed record SlaResolutionCycleStarted(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    int Cycle,
    DateTimeOffset StartedAt,
    TimeSpan Target,
    SlaDueTimes ResolutionDue) : IRequestEvent;

/// <summary>
/// The urgency changed; open targets take the new urgency's values from the same policy version,
/// with the business time already elapsed counting against them. Due times are null for a target
/// that is not running.
/// </summary>
public sealed record SlaTargetsRecomputed(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    Urgency From,
    Urgency To,
    DateTimeOffset RecomputedAt,
    TimeSpan? ResponseElapsed,
    SlaDueTimes? ResponseDue,
    TimeSpan? ResolutionElapsed,
    SlaDueTimes? ResolutionDue) : IRequestEvent;

/// <summary>A target passed its at-risk threshold at <see cref="At"/>; it is due at <see cref="DueAt"/>. Recorded once per target and cycle.</summary>
public sealed record SlaAtRisk(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    Urgency Urgency,
    DateTimeOffset At,
    DateTimeOffset DueAt) : IRequestEvent;

/// <summary>A target passed its due time at <see cref="At"/> while still open. Recorded once per target and cycle.</summary>
public sealed record SlaBreached(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    Urgency Urgency,
    DateTimeOffset At) : IRequestEvent;
