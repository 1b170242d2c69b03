namespace Milestone.Domain.Sla;

/// <summary>Everything an administrator sets on a policy, as one input to <see cref="SlaPolicy.Define"/> and <see cref="SlaPolicy.Revise"/>.</summary>
public sealed record SlaPolicySettings(
    string Name,
    IReadOnlyList<SlaTargets> Targets,
    int AtRiskPercent,
    Guid CalendarId,
    TimeZoneSource TimeZoneSource);
