namespace Milestone.Api.Sla;

public enum SlaComplianceDimension
{
    Client,
    Month,
    Urgency,
    Agent,
}

/// <summary>
/// How one kind of target did in a group: how many stopped, in time or late, the share in time, and
/// the average and 90th percentile (nearest rank: the smallest time that at least 90 % of them took
/// no longer than) of the business time they took.
/// </summary>
public sealed record SlaAttainment(int Total, int Met, double? AttainmentPercent, int? AverageSeconds, int? P90Seconds)
{
    public int Breached => Total - Met;
}

/// <summary>One line of a compliance report; the dimensions not grouped by are null.</summary>
public sealed record SlaComplianceGroup(Guid? ClientId, string? Month, Urgency? Urgency, Guid? AgentId, SlaAttainment Responses, SlaAttainment Resolutions, SlaAttainment NextReplies, SlaAttainment PeriodicUpdates);
