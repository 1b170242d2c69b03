namespace Milestone.Projections.Sla;

/// <summary>
/// The SLA outcomes of one client, month, urgency and agent: how many targets stopped, how many in
/// time, and the business time each took (kept whole, so any grouping can take its own percentiles).
/// A target counts in the month it stopped; a reopened request's new resolution cycle counts again.
/// </summary>
public sealed record SlaComplianceRow(string Id, Guid ClientId, string Month, Urgency Urgency, Guid? AgentId)
{
    public int ResponsesMet { get; init; }

    public IReadOnlyList<int> ResponseSeconds { get; init; } = [];

    public int ResolutionsMet { get; init; }

    public IReadOnlyList<int> ResolutionSeconds { get; init; } = [];
}
