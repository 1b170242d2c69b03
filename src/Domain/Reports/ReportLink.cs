namespace Milestone.Domain.Reports;

/// <summary>
/// A signed link to one client's quarterly review, for someone who does not sign in (a client executive reading a
/// mail); one stream per link, so auditors see who made and who revoked it. Account managers and administrators make
/// and revoke links for the clients they work with; to anyone who does not work with the client it is not there.
/// </summary>
public sealed record ReportLink(
    Guid Id, Guid ClientId, string Quarter, string TokenHash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, Guid CreatedBy, DateTimeOffset? RevokedAt)
{
    public int Version { get; set; }

    public static ReportLink? Evolve(ReportLink? state, object @event) => @event switch
    {
        ReportLinkCreated created => new ReportLink(
            created.LinkId, created.ClientId, created.Quarter, created.TokenHash, created.CreatedAt, created.ExpiresAt, created.CreatedBy, null),
        ReportLinkRevoked revoked => state! with { RevokedAt = revoked.RevokedAt },
        _ => state,
    };

    /// <summary>Whether the link still opens its review: not revoked and not expired.</summary>
    public bool Opens(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public static ReportLinkCreated Create(
        Guid linkId, Guid clientId, bool clientExists, string quarter, string tokenHash, TimeSpan lifetime, Actor actor, DateTimeOffset now)
    {
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        }

        RequireMayShare(actor);
        if (Reports.Quarter.Parse(quarter) is null)
        {
            throw new CommandRejected(Rejection.Invalid, "Give the quarter as yyyy-Qn, such as 2026-Q4.", "quarter");
        }

        return new ReportLinkCreated(linkId, clientId, quarter.ToUpperInvariant(), tokenHash, now + lifetime, actor.PersonId, now);
    }

    public IEnumerable<object> Revoke(Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchLink();
        }

        RequireMayShare(actor);
        return RevokedAt is null ? [new ReportLinkRevoked(Id, ClientId, actor.PersonId, now)] : [];
    }

    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId);

    public static CommandRejected NoSuchLink() => new(Rejection.NotFound, "There is no such report link.", "id");

    private static void RequireMayShare(Actor actor)
    {
        if (!actor.Role.MayShareReports())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only account managers and administrators share reviews by link.");
        }
    }
}
