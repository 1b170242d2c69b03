namespace Milestone.Api.Identity;

/// <summary>
/// Whose cached callers a commit may have changed: one person's (their account), one sign-in session's, every
/// person of one client's (the client's two-factor requirement), or everyone's. Written into NOTIFY payloads as
/// <c>p:{id}</c>, <c>s:{id}</c>, <c>c:{id}</c> or <c>*</c>.
/// </summary>
public sealed record AccessChange(char Kind, Guid Id)
{
    public static readonly AccessChange Everyone = new('*', Guid.Empty);

    public static AccessChange Person(Guid personId) => new('p', personId);

    public static AccessChange Session(Guid sessionId) => new('s', sessionId);

    public static AccessChange Client(Guid clientId) => new('c', clientId);

    public bool Covers(Caller caller) => Kind switch
    {
        'p' => caller.PersonId == Id,
        's' => caller.SessionId == Id,
        'c' => caller.ClientId == Id,
        _ => true,
    };

    public override string ToString() => Kind == '*' ? "*" : $"{Kind}:{Id:N}";

    /// <summary>The changes a payload names; one that cannot be read is taken as a change to everyone.</summary>
    public static IEnumerable<AccessChange> Parse(string payload) =>
        payload.Split(',').Select(item =>
            item.Length > 2 && item[1] == ':' && "psc".Contains(item[0], StringComparison.Ordinal) && Guid.TryParseExact(item[2..], "N", out var id)
                ? new AccessChange(item[0], id)
                : Everyone);
}
