namespace Milestone.Domain.Requests;

/// <summary>A child task under a request, for work that has several parts.</summary>
public sealed record WorkItemAdded(Guid RequestId, Guid ClientId, Guid WorkItemId, string Title, Guid? AssigneeId, Guid AddedBy, DateTimeOffset AddedAt) : IRequestEvent;

public sealed record WorkItemCompleted(Guid RequestId, Guid ClientId, Guid WorkItemId, Guid CompletedBy, DateTimeOffset CompletedAt) : IRequestEvent;
