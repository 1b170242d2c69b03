namespace Milestone.Projections.Requests;

/// <summary>
/// The read model behind the request queries: one document per request, kept inline so a
/// submitter reads their own write.
/// </summary>
public sealed record RequestDetails(
    Guid Id,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string Description,
    Urgency Urgency,
    RequestStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastChangedAt)
{
    /// <summary>The stream's version: what staff name when they change the request.</summary>
    public int Version { get; set; }

    /// <summary>Events of the stream clients never see (<see cref="RequestEventAudience.IsStaffOnly"/>).</summary>
    public int StaffOnlyEvents { get; init; }

    /// <summary>
    /// The version as the client's people count it: only events they can see, so an internal note
    /// neither moves it nor shows as a gap. It is what clients name when they change the request.
    /// </summary>
    public int ClientVersion => Version - StaffOnlyEvents;

    public DateTimeOffset? CompletedAt { get; init; }

    public string? CancellationReason { get; init; }

    public int ReopenCount { get; init; }

    public IReadOnlyList<WorkItemSummary> WorkItems { get; init; } = [];

    public Guid? AssigneeId { get; init; }

    public string? Category { get; init; }

    /// <summary>All time logged on the request, and the part of it that is billable.</summary>
    public int LoggedMinutes { get; init; }

    public int BillableMinutes { get; init; }

    public IReadOnlyList<AttachmentSummary> Attachments { get; init; } = [];

    /// <summary>People of the same client, besides the submitter, who follow the request.</summary>
    public IReadOnlyList<Guid> SharedWith { get; init; } = [];

    /// <summary>The Jira issue agents work the request in, once it has been created there.</summary>
    public string? JiraIssueKey { get; init; }

    /// <summary>Knowledge-base articles staff named as what solved the request.</summary>
    public IReadOnlyList<Guid> SolvingArticleIds { get; init; } = [];

    /// <summary>The project task the request is work on, if any: its time counts toward the task.</summary>
    public Guid? ProjectId { get; init; }

    public Guid? ProjectTaskId { get; init; }

    /// <summary>The client's location the request is about; null: none in particular.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>For a client's request for a new asset, what they asked for.</summary>
    public RequestedAsset? RequestedAsset { get; init; }

    /// <summary>The client's assets the request concerns, in the order they were named.</summary>
    public IReadOnlyList<Guid> AssetIds { get; init; } = [];

    /// <summary>Urgency as a number that sorts most urgent last, for the queue's "most urgent" order.</summary>
    public int UrgencyRank => (int)Urgency;

    public RequestDetails WithTime(int minutes, int billableMinutes) =>
        this with { LoggedMinutes = LoggedMinutes + minutes, BillableMinutes = BillableMinutes + billableMinutes };

    public RequestDetails Moved(RequestStatus status, DateTimeOffset at) => this with { Status = status, LastChangedAt = at };
}

public sealed record WorkItemSummary(Guid Id, string Title, Guid? AssigneeId, DateTimeOffset AddedAt, DateTimeOffset? CompletedAt);

public sealed record AttachmentSummary(Guid Id, Guid RequestId, string FileName, string ContentType, long Size, string Sha256, Guid AddedBy, DateTimeOffset AddedAt);

/// <summary>A new asset a client asked for: its kind and what it is for.</summary>
public sealed record RequestedAsset(Milestone.Domain.Assets.AssetKind Kind, string Reason);
