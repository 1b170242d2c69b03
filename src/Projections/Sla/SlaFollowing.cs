namespace Milestone.Projections.Sla;

/// <summary>
/// How far a request's SLA clock has followed the request's own stream: the last request version
/// whose events the clock has taken into account, and who the request was assigned to then (the
/// person a completion is credited to). Stored with the clock's events, so a redelivered or
/// out-of-order notification resumes exactly where the last one stopped, reading only what came since.
/// </summary>
/// <param name="TracksAssignee">False on documents stored before the assignee was kept: the next catch-up reads the whole stream once.</param>
public sealed record SlaFollowing(Guid Id, long RequestVersion, Guid? Assignee = null, bool TracksAssignee = false);
