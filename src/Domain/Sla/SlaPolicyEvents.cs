namespace Milestone.Domain.Sla;

/// <summary>
/// A policy exists; its first version. <see cref="IsDefault"/> marks the policy for clients
/// without an override of their own.
/// </summary>
public sealed record SlaPolicyDefined(
    Guid PolicyId,
    string Name,
    bool IsDefault,
    IReadOnlyList<SlaTargets> Targets,
    int AtRiskPercent,
    Guid CalendarId,
    TimeZoneSource TimeZoneSource,
    Guid DefinedBy,
    DateTimeOffset DefinedAt);

/// <summary>
/// A new version of the policy, complete in itself. Requests submitted from now on use it; clocks
/// already running keep the version they started with.
/// </summary>
public sealed record SlaPolicyRevised(
    Guid PolicyId,
    int Version,
    string Name,
    IReadOnlyList<SlaTargets> Targets,
    int AtRiskPercent,
    Guid CalendarId,
    TimeZoneSource TimeZoneSource,
    Guid RevisedBy,
    DateTimeOffset RevisedAt);
