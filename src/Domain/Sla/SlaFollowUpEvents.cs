namespace Milestone.Domain.Sla;

/// <summary>
/// A follow-up target began a cycle: a next reply at a client message once the first response is behind, a
/// periodic update at each public staff reply. <see cref="Due"/> is null when it began while the request waits on
/// the client; it starts counting when work resumes.
/// </summary>
public sealed record SlaTargetStarted(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    Urgency Urgency,
    DateTimeOffset StartedAt,
    TimeSpan Target,
    SlaDueTimes? Due) : IRequestEvent;

/// <summary>The request waits on the client; this follow-up target stops counting with the business time so far.</summary>
public sealed record SlaTargetPaused(Guid ClockId, Guid RequestId, Guid ClientId, SlaTargetKind Kind, int Cycle, DateTimeOffset PausedAt, TimeSpan Elapsed) : IRequestEvent;

/// <summary>Work resumed; this follow-up target counts what was left of it from here.</summary>
public sealed record SlaTargetResumed(Guid ClockId, Guid RequestId, Guid ClientId, SlaTargetKind Kind, int Cycle, DateTimeOffset ResumedAt, SlaDueTimes Due) : IRequestEvent;

/// <summary>
/// The urgency changed and this follow-up target takes the new urgency's value, the business time already counted
/// against it. <see cref="Elapsed"/> and <see cref="Due"/> are null while it is paused.
/// </summary>
public sealed record SlaTargetRetargeted(
    Guid ClockId,
    Guid RequestId,
    Guid ClientId,
    SlaTargetKind Kind,
    int Cycle,
    Urgency Urgency,
    DateTimeOffset RetargetedAt,
    TimeSpan Target,
    TimeSpan? Elapsed,
    SlaDueTimes? Due) : IRequestEvent;

/// <summary>
/// This follow-up target no longer applies: the request was cancelled, or its new urgency has no such target. It
/// counts in no compliance figure.
/// </summary>
public sealed record SlaTargetCancelled(Guid ClockId, Guid RequestId, Guid ClientId, SlaTargetKind Kind, int Cycle, DateTimeOffset CancelledAt, TimeSpan Elapsed) : IRequestEvent;
