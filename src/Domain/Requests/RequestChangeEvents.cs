namespace Milestone.Domain.Requests;

/// <summary>An agent now owns the request; <see cref="PreviousAssigneeId"/> is who had it before, if anyone.</summary>
public sealed record RequestAssigned(Guid RequestId, Guid ClientId, Guid AssigneeId, Guid? PreviousAssigneeId, Guid AssignedBy, DateTimeOffset AssignedAt) : IRequestEvent;

public sealed record RequestUnassigned(Guid RequestId, Guid ClientId, Guid PreviousAssigneeId, Guid UnassignedBy, DateTimeOffset UnassignedAt) : IRequestEvent;

/// <summary>The urgency changed; SLA targets follow it from this moment on.</summary>
public sealed record UrgencyChanged(Guid RequestId, Guid ClientId, Urgency From, Urgency To, string Reason, Guid ChangedBy, DateTimeOffset ChangedAt) : IRequestEvent;

/// <summary>What kind of work this is (the service or category), for queues and reporting.</summary>
public sealed record RequestCategorised(Guid RequestId, Guid ClientId, string Category, Guid CategorisedBy, DateTimeOffset CategorisedAt) : IRequestEvent;

/// <summary>The submitter corrected what they asked for, before work began.</summary>
public sealed record RequestDetailsEdited(Guid RequestId, Guid ClientId, string Title, string Description, Guid EditedBy, DateTimeOffset EditedAt) : IRequestEvent;

/// <summary>Another person of the same client may now follow the request.</summary>
public sealed record RequestShared(Guid RequestId, Guid ClientId, Guid PersonId, Guid SharedBy, DateTimeOffset SharedAt) : IRequestEvent;

public sealed record RequestUnshared(Guid RequestId, Guid ClientId, Guid PersonId, Guid UnsharedBy, DateTimeOffset UnsharedAt) : IRequestEvent;
