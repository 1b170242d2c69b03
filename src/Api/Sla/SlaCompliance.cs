using Milestone.Projections.Sla;

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

    public static SlaAttainment Of(IReadOnlyList<int> seconds, int met)
    {
        if (seconds.Count == 0)
        {
            return new SlaAttainment(0, 0, null, null, null);
        }

        var sorted = seconds.Order().ToArray();
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1];
        return new SlaAttainment(sorted.Length, met, Math.Round(100.0 * met / sorted.Length, 1), (int)Math.Round(sorted.Average()), p90);
    }
}

/// <summary>One line of a compliance report; the dimensions not grouped by are null.</summary>
public sealed record SlaComplianceGroup(Guid? ClientId, string? Month, Urgency? Urgency, Guid? AgentId, SlaAttainment Responses, SlaAttainment Resolutions);

public static class SlaCompliance
{
    public static IReadOnlyList<SlaComplianceGroup> Grouped(IEnumerable<SlaComplianceRow> rows, IReadOnlySet<SlaComplianceDimension> by) =>
        [
            .. rows
                .GroupBy(row => (
                    ClientId: by.Contains(SlaComplianceDimension.Client) ? row.ClientId : (Guid?)null,
                    Month: by.Contains(SlaComplianceDimension.Month) ? row.Month : null,
                    Urgency: by.Contains(SlaComplianceDimension.Urgency) ? row.Urgency : (Urgency?)null,
                    AgentId: by.Contains(SlaComplianceDimension.Agent) ? row.AgentId : null))
                .Select(group => new SlaComplianceGroup(
                    group.Key.ClientId,
                    group.Key.Month,
                    group.Key.Urgency,
                    group.Key.AgentId,
                    SlaAttainment.Of([.. group.SelectMany(row => row.ResponseSeconds)], group.Sum(row => row.ResponsesMet)),
                    SlaAttainment.Of([.. group.SelectMany(row => row.ResolutionSeconds)], group.Sum(row => row.ResolutionsMet))))
                .OrderBy(group => group.Month)
                .ThenBy(group => group.ClientId)
                .ThenByDescending(group => group.Urgency)
                .ThenBy(group => group.AgentId),
        ];
}
