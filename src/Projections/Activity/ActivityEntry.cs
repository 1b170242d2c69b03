namespace Milestone.Projections.Activity;

public enum ActivityKind
{
    Submitted,
    WorkStarted,
    WaitingOnClient,
    WorkResumed,
    Completed,
    Cancelled,
    Reopened,
    Replied,
}

/// <summary>One line of a client's activity feed: what happened to which request, who did it and when. Internal notes never appear.</summary>
public sealed record ActivityEntry(Guid Id, Guid ClientId, Guid RequestId, ActivityKind Kind, Guid ActorId, DateTimeOffset At, string? Detail);
