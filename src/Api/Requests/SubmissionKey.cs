namespace Milestone.Api.Requests;

/// <summary>
/// Which request a person's idempotency key produced, and what it asked for, so a retried submission
/// returns that request instead of a second one, and the same key asking for something else is refused.
/// </summary>
public sealed record SubmissionKey(string Id, Guid RequestId, Guid ClientId, string Title, string? Description, Urgency Urgency)
{
    /// <summary>The location the submission named; null when it named none (a key kept before locations reads so too).</summary>
    public Guid? LocationId { get; init; }

    /// <summary>The assets the submission named, in order; empty when it named none.</summary>
    public IReadOnlyList<Guid> AssetIds { get; init; } = [];

    public const int MaxLength = CallerKeys.MaxLength;

    public static string IdFor(Guid personId, string key) => $"{personId:N}:{key}";

    public static SubmissionKey For(SubmitRequest command, Guid clientId, string key) =>
        new(IdFor(command.Actor.PersonId, key), command.RequestId, clientId, command.Title.Trim(), command.Description?.Trim(), command.Urgency)
        {
            LocationId = command.LocationId,
            AssetIds = NamedAssets(command),
        };

    /// <summary>Client users may leave out the client: it is their own.</summary>
    public bool AsksFor(SubmitRequest command) =>
        (ClientId, Title, Description, Urgency, LocationId) == (command.ClientId ?? command.Actor.ClientId, command.Title.Trim(), command.Description?.Trim(), command.Urgency, command.LocationId)
        && AssetIds.SequenceEqual(NamedAssets(command));

    private static IReadOnlyList<Guid> NamedAssets(SubmitRequest command) => [.. command.AssetIds?.Distinct() ?? []];
}
