namespace Milestone.Api.Requests;

/// <summary>
/// Which request a person's idempotency key produced, and what it asked for, so a retried submission
/// returns that request instead of a second one, and the same key asking for something else is refused.
/// </summary>
public sealed record SubmissionKey(string Id, Guid RequestId, Guid ClientId, string Title, string? Description, Urgency Urgency)
{
    public const int MaxLength = CallerKeys.MaxLength;

    public static string IdFor(Guid personId, string key) => $"{personId:N}:{key}";

    public static SubmissionKey For(SubmitRequest command, Guid clientId, string key) =>
        new(IdFor(command.Actor.PersonId, key), command.RequestId, clientId, command.Title.Trim(), command.Description?.Trim(), command.Urgency);

    /// <summary>Client users may leave out the client: it is their own.</summary>
    public bool AsksFor(SubmitRequest command) =>
        (ClientId, Title, Description, Urgency) == (command.ClientId ?? command.Actor.ClientId, command.Title.Trim(), command.Description?.Trim(), command.Urgency);
}
