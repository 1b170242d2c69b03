namespace Milestone.Domain.Requests;

/// <summary>
/// A message on a request: a public reply between client and MSP, or an internal note that only staff
/// ever see. <see cref="ByStaff"/> tells the two sides of the conversation apart for SLA and unread counts.
/// </summary>
public sealed record MessagePosted(
    Guid RequestId,
    Guid ClientId,
    Guid MessageId,
    Guid AuthorId,
    bool ByStaff,
    bool Internal,
    string Body,
    DateTimeOffset PostedAt,
    ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>The author changed their message; the history keeps what it said before.</summary>
public sealed record MessageEdited(Guid RequestId, Guid ClientId, Guid MessageId, bool Internal, string Body, Guid EditedBy, DateTimeOffset EditedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>The author withdrew their message; readers see that it was deleted, not what it said.</summary>
public sealed record MessageDeleted(Guid RequestId, Guid ClientId, Guid MessageId, bool Internal, Guid DeletedBy, DateTimeOffset DeletedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;
