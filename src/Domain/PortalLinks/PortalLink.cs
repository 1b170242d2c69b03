namespace Milestone.Domain.PortalLinks;

/// <summary>
/// A link the MSP hands out so that people can sign themselves up: to one client's portal, in a client role, or to
/// the Delivery App, in a staff role. It may be limited to e-mail domains, an expiry and a number of sign-ups, and
/// revoked at any time; one stream per link.
/// </summary>
public sealed partial record PortalLink(
    Guid Id,
    Guid? ClientId,
    Role Role,
    IReadOnlyList<string> AllowedDomains,
    DateTimeOffset? ExpiresAt,
    int? MaximumSignUps,
    string TokenHash,
    Guid CreatedBy,
    DateTimeOffset CreatedAt)
{
    public const int MaxDomains = 20;

    public int SignUps { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public int Version { get; set; }

    public static PortalLink? Evolve(PortalLink? state, object @event) => @event switch
    {
        PortalLinkCreated created => new PortalLink(
            created.LinkId, created.ClientId, created.Role, created.AllowedDomains, created.ExpiresAt, created.MaximumSignUps, created.TokenHash, created.CreatedBy, created.CreatedAt),
        PortalLinkUsed => state! with { SignUps = state.SignUps + 1 },
        PortalLinkRevoked revoked => state! with { RevokedAt = revoked.RevokedAt },
        _ => state,
    };

    /// <summary>
    /// Administrators make links for any client and for the staff; an account manager for the clients they work with.
    /// <paramref name="clientExists"/> says whether the client named, if any, exists.
    /// </summary>
    public static PortalLinkCreated Create(
        Guid linkId,
        Guid? clientId,
        bool clientExists,
        Role? role,
        IReadOnlyList<string>? allowedDomains,
        DateTimeOffset? expiresAt,
        int? maximumSignUps,
        string tokenHash,
        Actor actor,
        DateTimeOffset now)
    {
        RequireMayManage(actor, clientId, clientExists);
        var given = role ?? (clientId is null ? Role.Agent : Role.ClientMember);
        if (given.IsStaff() != (clientId is null))
        {
            throw new CommandRejected(
                Rejection.Invalid, clientId is null ? "A staff sign-up link gives a staff role." : "A client's portal link gives a client role.", "role");
        }

        if (given == Role.Admin)
        {
            throw new CommandRejected(Rejection.Invalid, "Administrators are invited, never signed up through a link.", "role");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new CommandRejected(Rejection.Invalid, "The expiry must be in the future.", "expiresAt");
        }

        if (maximumSignUps is < 1)
        {
            throw new CommandRejected(Rejection.Invalid, "Allow at least one sign-up, or leave the number out.", "maximumSignUps");
        }

        return new PortalLinkCreated(linkId, clientId, given, EmailDomains.Normalised(allowedDomains ?? []), expiresAt, maximumSignUps, tokenHash, actor.PersonId, now);
    }

    public IEnumerable<object> Revoke(Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchLink();
        }

        RequireMayManage(actor, ClientId, clientExists: true);
        return RevokedAt is null ? [new PortalLinkRevoked(Id, ClientId, actor.PersonId, now)] : [];
    }

    /// <summary>Whether the link takes sign-ups now: neither revoked, expired nor used up.</summary>
    public bool Opens(DateTimeOffset now) =>
        RevokedAt is null
        && (ExpiresAt is null || now < ExpiresAt)
        && (MaximumSignUps is null || SignUps < MaximumSignUps);

    /// <summary>Staff links are there for every staff member; a client's links for those who work with the client.</summary>
    public bool IsVisibleTo(Actor actor) => ClientId is { } client ? actor.IsStaff && actor.WorksWith(client) : actor.IsStaff;

    public static CommandRejected NoSuchLink() => new(Rejection.NotFound, "There is no such portal link.", "id");

    /// <summary>A link the actor may not see is not there for them; one they see but may not manage is forbidden.</summary>
    private static void RequireMayManage(Actor actor, Guid? clientId, bool clientExists)
    {
        if (clientId is { } client && (!clientExists || !actor.WorksWith(client)))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        }

        if (!actor.Role.MayManagePortalLinks(staffLink: clientId is null))
        {
            throw new CommandRejected(Rejection.Forbidden, clientId is null
                ? "Only administrators make staff sign-up links."
                : "Only administrators and account managers make portal links.");
        }
    }
}
