namespace Milestone.Projections.Messages;

/// <summary>One message of a request's conversation as readers see it now, with what it said before.</summary>
public sealed record MessageView(
    Guid Id,
    Guid RequestId,
    Guid ClientId,
    Guid AuthorId,
    bool ByStaff,
    bool Internal,
    string Body,
    DateTimeOffset PostedAt)
{
    public DateTimeOffset? EditedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public IReadOnlyList<PriorVersion> PriorVersions { get; init; } = [];
}

public sealed record PriorVersion(string Body, DateTimeOffset ReplacedAt);
