namespace Milestone.Domain.Requests;

/// <summary>
/// A key a caller chooses so that retrying a write on a request is safe (a worklog, a message). The key
/// is never the record's id: the id is derived from the request, the caller and the key, so whatever
/// value a caller sends, it names that caller's own write on that one request and can neither reach nor
/// pre-empt a record of another request, another client or another caller.
/// </summary>
public static class CallerKeys
{
    public const int MaxLength = 100;

    private static readonly Guid WorklogSpace = Guid.Parse("5f3c9a2e-8d41-4b7a-b6e0-1c2d3e4f5a61");

    private static readonly Guid MessageSpace = Guid.Parse("a81e4d2c-3b59-4f06-9c7d-6e5f4a3b2c19");

    private static readonly Guid AssetRequestSpace = Guid.Parse("c4b7e2a9-5d18-4e63-8f0a-7b9c1d2e3f48");

    public static Guid WorklogId(Guid requestId, Actor caller, string key) => Derive(WorklogSpace, requestId, caller, key);

    public static Guid MessageId(Guid requestId, Actor caller, string key) => Derive(MessageSpace, requestId, caller, key);

    /// <summary>A request for a new asset has no request yet to scope its key to: the key is the caller's, within their client.</summary>
    public static Guid AssetRequestId(Actor caller, string key) => Derive(AssetRequestSpace, caller.ClientId ?? Guid.Empty, caller, key);

    /// <summary>A key is refused before it is used: empty or overlong keys are a caller's mistake, not a retry.</summary>
    public static void RequireValid(string key, string field)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"An idempotency key has 1 to {MaxLength} characters.", field);
        }
    }

    /// <summary>
    /// Changes from Jira are keyed by the Jira integration, whoever Jira names as the author, so a
    /// worklog keeps its id when the account behind it is linked to a person later.
    /// </summary>
    private static string ScopeOf(Actor caller) => caller.Source == ChangeSource.Milestone ? caller.PersonId.ToString("N") : caller.Source.ToString();

    private static Guid Derive(Guid space, Guid requestId, Actor caller, string key) => NameBasedGuid.Create(space, $"{requestId:N}\n{ScopeOf(caller)}\n{key}");

    /// <summary>The reply to a key used again with a different payload (as Stripe answers): the first use stands.</summary>
    public static CommandRejected ReusedWithOtherPayload(string field) =>
        new(Rejection.Conflict, "This idempotency key was already used on this request for a different write.", field);
}
