namespace Milestone.Domain.Sla;

/// <summary>
/// One policy version resolved for one request: the targets for every urgency (so an urgency change
/// stays within the version the clock started with), the at-risk threshold and the calendar already
/// in the zone it counts in. A clock carries this snapshot for its whole life.
/// </summary>
public sealed record SlaTerms(
    Guid PolicyId,
    int PolicyVersion,
    IReadOnlyList<SlaTargets> Targets,
    int AtRiskPercent,
    BusinessCalendar Calendar)
{
    public SlaTargets For(Urgency urgency) =>
        Targets.FirstOrDefault(t => t.Urgency == urgency)
        ?? throw new InvalidOperationException($"Policy {PolicyId} version {PolicyVersion} has no {urgency} targets.");

    /// <summary>The business time after which a target of <paramref name="target"/> counts as at risk.</summary>
    public TimeSpan AtRiskAfter(TimeSpan target) => TimeSpan.FromTicks(target.Ticks * AtRiskPercent / 100);

    public bool Equals(SlaTerms? other) =>
        other is not null
        && PolicyId == other.PolicyId
        && PolicyVersion == other.PolicyVersion
        && AtRiskPercent == other.AtRiskPercent
        && Calendar == other.Calendar
        && Targets.SequenceEqual(other.Targets);

    public override int GetHashCode() => HashCode.Combine(PolicyId, PolicyVersion, AtRiskPercent, Calendar);
}
