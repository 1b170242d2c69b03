namespace Milestone.Projections.Sla;

/// <summary>
/// How far a request's SLA clock has followed the request's own stream: the last request version
/// whose events the clock has taken into account. Stored with the clock's events, so a redelivered
/// or out-of-order notification resumes exactly where the last one stopped.
/// </summary>
public sealed record SlaFollowing(Guid Id, long RequestVersion);
