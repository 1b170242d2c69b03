namespace Milestone.Domain.Sla;

/// <summary>When a running target turns at risk and when it is due, computed once and recorded so replays never recount.</summary>
public sealed record SlaDueTimes(DateTimeOffset AtRiskAt, DateTimeOffset DueAt);
