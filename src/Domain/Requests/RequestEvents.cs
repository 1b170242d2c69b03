namespace Milestone.Domain.Requests;

public sealed record RequestSubmitted(
    Guid RequestId,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string Description,
    Urgency Urgency,
    DateTimeOffset SubmittedAt) : IRequestEvent;
