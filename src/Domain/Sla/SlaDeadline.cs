namespace Milestone.Domain.Sla;

public enum SlaTargetKind
{
    Response,
    Resolution,
    NextReply,
    PeriodicUpdate,
}

public enum SlaMilestone
{
    AtRisk,
    Breach,
}

/// <summary>
/// A moment a clock expects to pass a milestone, sent to itself as a delayed message. It names the
/// cycle and the due time it was computed for, so a message that outlived a pause, a stop or a new
/// due time no longer matches the clock and changes nothing.
/// </summary>
public sealed record SlaDeadline(Guid ClockId, SlaTargetKind Kind, SlaMilestone Milestone, int Cycle, DateTimeOffset DueAt);
