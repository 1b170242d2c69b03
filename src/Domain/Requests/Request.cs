namespace Milestone.Domain.Requests;

/// <summary>
/// The write-side state of one request, rebuilt from its own event stream before every decision.
/// </summary>
public sealed partial record Request(
    Guid Id,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string Description,
    Urgency Urgency,
    RequestStatus Status,
    DateTimeOffset SubmittedAt)
{
    public int Version { get; set; }

    public static Request? Evolve(Request? state, object @event) => @event switch
    {
        RequestSubmitted submitted => new Request(
            submitted.RequestId,
            submitted.ClientId,
            submitted.SubmittedBy,
            submitted.Title,
            submitted.Description,
            submitted.Urgency,
            RequestStatus.Submitted,
            submitted.SubmittedAt),
        _ => state?.EvolveLifecycle(@event).EvolveWorkItems(@event).EvolveChanges(@event).EvolveMessages(@event).EvolveWorklogs(@event).EvolveAttachments(@event).EvolveJiraIssue(@event),
    };

    public static RequestSubmitted Submit(
        Guid requestId,
        Guid clientId,
        Guid submittedBy,
        string title,
        string? description,
        Urgency urgency,
        DateTimeOffset now) =>
        new(requestId, clientId, submittedBy, title.Trim(), description?.Trim() ?? string.Empty, urgency, now);
}
