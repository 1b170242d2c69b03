namespace Milestone.Domain.Sla;

/// <summary>How much business time staff have to first reply to, and to resolve, a request of one urgency.</summary>
public sealed record SlaTargets(Urgency Urgency, TimeSpan Response, TimeSpan Resolution);
