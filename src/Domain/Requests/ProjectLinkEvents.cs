namespace Milestone.Domain.Requests;

/// <summary>The request is work on a project task: its time counts toward that task, unless a worklog names another.</summary>
public sealed record RequestLinkedToProjectTask(
    Guid RequestId, Guid ClientId, Guid ProjectId, Guid TaskId, Guid LinkedBy, DateTimeOffset LinkedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>The request is no longer work on a project; its time no longer counts toward the task.</summary>
public sealed record RequestUnlinkedFromProjectTask(
    Guid RequestId, Guid ClientId, Guid ProjectId, Guid TaskId, Guid UnlinkedBy, DateTimeOffset UnlinkedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;
