namespace Milestone.Domain.Sla;

public enum SlaState
{
    OnTrack,
    AtRisk,
    Breached,
    Paused,
    Met,
    NotApplicable,
}

public enum SlaColour
{
    Green,
    Yellow,
    Red,
}

/// <summary>
/// How one target stands at a moment. <see cref="DueAt"/> is set only while the target runs: a paused
/// target has no due time until it resumes, and a live timer counting down to the due time of a target
/// that already stopped would mislead; <see cref="StoppedAt"/> says when it stopped instead.
/// </summary>
public sealed record SlaTargetView(
    SlaTargetKind Kind,
    int Cycle,
    SlaState State,
    DateTimeOffset? DueAt,
    TimeSpan Target,
    TimeSpan Elapsed,
    TimeSpan Remaining,
    DateTimeOffset? StoppedAt)
{
    /// <summary>Red once breached, yellow while at risk; a paused target waits on the client, not on staff, so it shows green.</summary>
    public SlaColour Colour => State switch
    {
        SlaState.Breached => SlaColour.Red,
        SlaState.AtRisk => SlaColour.Yellow,
        _ => SlaColour.Green,
    };
}
