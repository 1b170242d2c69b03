namespace Milestone.Domain.Requests;

// Each status move carries its Source: a move that came from Jira is not transitioned back there.

/// <summary>Staff began work: <see cref="RequestStatus.Submitted"/> to <see cref="RequestStatus.InProgress"/>.</summary>
public sealed record WorkStarted(Guid RequestId, Guid ClientId, Guid StartedBy, DateTimeOffset StartedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>Staff need something from the client; SLA clocks pause while it waits.</summary>
public sealed record WaitingOnClientStarted(Guid RequestId, Guid ClientId, string Reason, Guid By, DateTimeOffset At, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>Work goes on after waiting on the client.</summary>
public sealed record WorkResumed(Guid RequestId, Guid ClientId, Guid ResumedBy, DateTimeOffset ResumedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>
/// The work is done. <see cref="OpenWorkItemsOverride"/> holds the reason staff gave for completing
/// with work items still open; null when none were.
/// </summary>
public sealed record RequestCompleted(Guid RequestId, Guid ClientId, Guid CompletedBy, DateTimeOffset CompletedAt, string? OpenWorkItemsOverride, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

public sealed record RequestCancelled(Guid RequestId, Guid ClientId, string Reason, Guid CancelledBy, DateTimeOffset CancelledAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>A completed request is open again; a new resolution cycle begins.</summary>
public sealed record RequestReopened(Guid RequestId, Guid ClientId, string Reason, Guid ReopenedBy, DateTimeOffset ReopenedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;
