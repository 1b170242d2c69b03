namespace Milestone.Domain.Requests;

/// <summary>
/// A client's people or staff asked for work. <paramref name="PassedOverArticleIds"/> are the knowledge-base articles
/// suggested while it was written that did not answer it: what the deflection rate counts as submitted anyway.
/// <paramref name="LocationId"/> is the client's site it is about, <paramref name="AssetIds"/> the client's assets it concerns.
/// </summary>
public sealed record RequestSubmitted(
    Guid RequestId,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string Description,
    Urgency Urgency,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<Guid>? PassedOverArticleIds = null,
    Guid? LocationId = null,
    IReadOnlyList<Guid>? AssetIds = null) : IRequestEvent;
