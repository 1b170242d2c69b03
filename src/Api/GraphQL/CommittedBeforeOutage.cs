namespace Milestone.Api.GraphQL;

/// <summary>
/// A mutation's command can commit and the database then go away while the field reads its result back. The
/// outage answer says "nothing was changed", which would then be false, so a field whose command committed
/// answers the outage with <see cref="Error"/> instead: the change was made, and repeating the call with the
/// same idempotency key reads it. The fault suite holds the host to this (docs/reliability.md).
/// </summary>
public static class CommittedBeforeOutage
{
    public static readonly CodedError Error = new(
        ErrorCodes.Unavailable,
        "The change was made, but the service became briefly unavailable before it could answer. Repeat the call with the same idempotency key in a few seconds to read it.");

    private const string Key = "milestone:committed:";

    public static void Record(IResolveFieldContext field) => field.UserContext[Key + string.Join('/', field.Path)] = true;

    public static bool Applies(IResolveFieldContext? field, Exception exception) =>
        field is not null && field.UserContext.ContainsKey(Key + string.Join('/', field.Path)) && DatabaseOutage.Caused(exception);
}
