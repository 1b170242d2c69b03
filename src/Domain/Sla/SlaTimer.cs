namespace Milestone.Domain.Sla;

public enum SlaTimerPhase
{
    Running,
    Paused,
    Stopped,
    NotApplicable,
}

/// <summary>
/// One target of one cycle. <see cref="Elapsed"/> is the business time counted up to
/// <see cref="RunningSince"/> while running, or in total otherwise; keeping it across pauses is what
/// lets a resume count only what is left. <see cref="Due"/> is known only while running, or kept from
/// the last time it ran; <see cref="StoppedAt"/> once it stopped.
/// </summary>
public sealed record SlaTimer(
    SlaTargetKind Kind,
    int Cycle,
    TimeSpan Target,
    SlaTimerPhase Phase,
    TimeSpan Elapsed,
    DateTimeOffset? RunningSince,
    SlaDueTimes? Due,
    bool AtRiskRecorded = false,
    bool BreachRecorded = false,
    bool Met = false,
    DateTimeOffset? StoppedAt = null)
{
    public bool IsOpen => Phase is SlaTimerPhase.Running or SlaTimerPhase.Paused;

    public static SlaTimer Running(SlaTargetKind kind, int cycle, TimeSpan target, DateTimeOffset since, SlaDueTimes due) =>
        new(kind, cycle, target, SlaTimerPhase.Running, TimeSpan.Zero, since, due);

    /// <summary>A target that began while the request waits on the client: nothing counted yet, no due time until work resumes.</summary>
    public static SlaTimer Paused(SlaTargetKind kind, int cycle, TimeSpan target) =>
        new(kind, cycle, target, SlaTimerPhase.Paused, TimeSpan.Zero, null, null);

    public TimeSpan ElapsedAt(DateTimeOffset now, BusinessCalendar calendar) =>
        Phase == SlaTimerPhase.Running ? Elapsed + calendar.Between(RunningSince!.Value, now) : Elapsed;

    /// <summary>A target is met only when it stops before its due time and was never recorded as breached.</summary>
    public bool WouldMeet(TimeSpan elapsed) => elapsed < Target && !BreachRecorded;

    public SlaTimer PausedWith(TimeSpan? elapsed) =>
        Phase == SlaTimerPhase.Running && elapsed is { } counted
            ? this with { Phase = SlaTimerPhase.Paused, Elapsed = counted, RunningSince = null, Due = null }
            : this;

    public SlaTimer ResumedAt(DateTimeOffset at, SlaDueTimes? due) =>
        Phase == SlaTimerPhase.Paused && due is not null
            ? this with { Phase = SlaTimerPhase.Running, RunningSince = at, Due = due }
            : this;

    public SlaTimer RetargetedTo(TimeSpan target, DateTimeOffset at, TimeSpan? elapsed, SlaDueTimes? due) => Phase switch
    {
        SlaTimerPhase.Running when elapsed is { } counted && due is not null =>
            this with { Target = target, Elapsed = counted, RunningSince = at, Due = due },
        SlaTimerPhase.Paused => this with { Target = target },
        _ => this,
    };

    public SlaTimer CancelledWith(TimeSpan? elapsed) =>
        IsOpen && elapsed is { } counted
            ? this with { Phase = SlaTimerPhase.NotApplicable, Elapsed = counted, RunningSince = null, Due = null }
            : this;

    public bool Is(SlaTargetKind kind, int cycle) => Kind == kind && Cycle == cycle;
}
