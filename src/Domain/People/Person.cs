namespace Milestone.Domain.People;

/// <summary>
/// The write-side state of one person, rebuilt from their own stream. <see cref="JoiningLinkId"/> is the link e-mailed
/// to make them a member: their invitation, or the verification of their address when they signed up.
/// </summary>
public sealed partial record Person(
    Guid Id,
    string Email,
    string Name,
    Role Role,
    Guid? ClientId,
    PersonStatus Status,
    Guid JoiningLinkId,
    DateTimeOffset JoiningLinkExpiresAt)
{
    public IReadOnlyList<Guid>? ClientScope { get; init; }

    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(72);

    public const int MaxClientScope = 1_000;

    public const string InvitationLinkInvalid = "This invitation link is no longer valid; ask for a new one.";

    public static Person? Evolve(Person? state, object @event) => @event switch
    {
        PersonInvited invited => new Person(
            invited.PersonId,
            invited.Email,
            invited.Name,
            invited.Role,
            invited.ClientId,
            PersonStatus.Invited,
            invited.InvitationId,
            invited.ExpiresAt),
        TwoFactorEnabled => state! with { UsesTwoFactor = true },
        TwoFactorDisabled => state! with { UsesTwoFactor = false },
        TwoFactorReset => state! with { UsesTwoFactor = false },
        SignedUpThroughLink signedUp => new Person(
            signedUp.PersonId,
            signedUp.Email,
            signedUp.Name,
            signedUp.Role,
            signedUp.ClientId,
            PersonStatus.PendingVerification,
            signedUp.VerificationId,
            signedUp.ExpiresAt) { SignedUpThrough = signedUp.LinkId },
        SignUpRenewed renewed => state! with
        {
            Name = renewed.Name, SignedUpThrough = renewed.LinkId, JoiningLinkId = renewed.VerificationId, JoiningLinkExpiresAt = renewed.ExpiresAt,
        },
        InvitationResent resent => state! with { JoiningLinkId = resent.InvitationId, JoiningLinkExpiresAt = resent.ExpiresAt },
        InvitationAccepted or EmailVerified => state! with { Status = PersonStatus.Active },
        PersonDeactivated => state! with { Status = PersonStatus.Deactivated },
        PersonRoleChanged changed => state! with { Role = changed.To },
        StaffClientScopeChanged scoped => state! with { ClientScope = scoped.ClientIds },
        PersonLocationChanged placed => state! with { LocationId = placed.LocationId },
        ClientAdminLocationScopeChanged limited => state! with { LocationScope = limited.LocationIds },
        ProfileUpdated updated => state! with { Name = updated.Name, TimeZone = updated.TimeZone },
        NotificationPreferencesChanged changed => state! with { NotificationPreferences = changed.Preferences },
        _ => state,
    };

    /// <summary>
    /// Invite someone in a role: administrators invite anyone, a client admin invites into their own organisation
    /// (the client may then be left out). Nobody invites the first administrator, from the command line.
    /// <paramref name="namedClientExists"/> says whether the client named, if any, exists.
    /// </summary>
    public static PersonInvited Invite(
        Actor? by,
        Guid personId,
        string email,
        string name,
        Role role,
        Guid? clientId,
        bool namedClientExists,
        Guid invitationId,
        DateTimeOffset now)
    {
        if (by is not null && !by.Role.MayManagePeople(role))
        {
            throw new CommandRejected(Rejection.Forbidden, $"Your role may not invite a {role}.");
        }

        var client = InvitedInto(by, role, clientId, namedClientExists);
        return new PersonInvited(personId, email.Trim(), name.Trim(), role, client, invitationId, now + InvitationLifetime, by?.PersonId, now);
    }

    private static Guid? InvitedInto(Actor? by, Role role, Guid? clientId, bool namedClientExists)
    {
        if (role.IsStaff())
        {
            return clientId is null ? null : throw new CommandRejected(Rejection.Invalid, "Staff belong to the MSP, not to a client.", "clientId");
        }

        if (clientId is not { } named)
        {
            return by?.ClientId ?? throw new CommandRejected(Rejection.Invalid, "Name the client organisation.", "clientId");
        }

        return namedClientExists && (by is null || by.WorksWith(named))
            ? named
            : throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
    }

    public InvitationResent ResendInvitation(Guid invitationId, Actor by, DateTimeOffset now)
    {
        RequireManagedBy(by, $"invite a {Role}");
        return Status == PersonStatus.Invited
            ? new InvitationResent(Id, ClientId, invitationId, now + InvitationLifetime, by.PersonId, now)
            : throw new CommandRejected(Rejection.Conflict, "This person has already joined.");
    }

    public IEnumerable<object> AcceptInvitation(Guid invitationId, DateTimeOffset now)
    {
        if (Status == PersonStatus.Active && invitationId == JoiningLinkId)
        {
            return [];
        }

        if (Status != PersonStatus.Invited || invitationId != JoiningLinkId || now >= JoiningLinkExpiresAt)
        {
            throw new CommandRejected(Rejection.Invalid, InvitationLinkInvalid, "token");
        }

        return [new InvitationAccepted(Id, ClientId, invitationId, now)];
    }

    public IEnumerable<object> Deactivate(Actor by, DateTimeOffset now)
    {
        RequireManagedBy(by, $"manage a {Role}");
        if (by.PersonId == Id)
        {
            throw new CommandRejected(Rejection.Invalid, "You cannot deactivate yourself; ask another administrator.");
        }

        return Status == PersonStatus.Deactivated ? [] : [new PersonDeactivated(Id, ClientId, by.PersonId, now)];
    }

    /// <summary>Staff roles change among staff roles and client roles among client roles; moving between the two is a new person.</summary>
    public IEnumerable<object> ChangeRole(Role to, Actor by, DateTimeOffset now)
    {
        RequireManagedBy(by, $"manage a {Role}");
        if (!by.Role.MayManagePeople(to))
        {
            throw new CommandRejected(Rejection.Forbidden, $"Your role may not give the {to} role.");
        }

        if (to.IsStaff() != Role.IsStaff())
        {
            throw new CommandRejected(Rejection.Invalid, "A client user cannot become staff, nor staff a client user; invite them anew.", "role");
        }

        if (by.PersonId == Id && Role == Role.Admin && to != Role.Admin)
        {
            throw new CommandRejected(Rejection.Invalid, "You cannot take away your own administrator role; ask another administrator.", "role");
        }

        EnsureNotDeactivated();
        return to == Role ? [] : [new PersonRoleChanged(Id, ClientId, Role, to, by.PersonId, now)];
    }

    /// <summary>Administrators only, to clients that exist; <paramref name="knownClientIds"/> are those of the ids that do.</summary>
    public IEnumerable<object> ScopeToClients(IReadOnlyList<Guid>? clientIds, IReadOnlyCollection<Guid> knownClientIds, Actor by, DateTimeOffset now)
    {
        if (!by.Role.MayScopeStaffToClients())
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not limit staff to clients.");
        }

        RequireVisibleTo(by);
        if (clientIds?.Count > MaxClientScope)
        {
            throw new CommandRejected(Rejection.Invalid, $"At most {MaxClientScope:N0} clients.", "clientIds");
        }

        if (clientIds?.Any(clientId => !knownClientIds.Contains(clientId) || !by.WorksWith(clientId)) == true)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.");
        }

        if (!Role.IsStaff())
        {
            throw new CommandRejected(Rejection.Invalid, "Only staff are scoped to clients; a client user belongs to one organisation.");
        }

        EnsureNotDeactivated();
        var scope = clientIds?.Distinct().Order().ToList();
        var unchanged = scope is null ? ClientScope is null : ClientScope is not null && scope.SequenceEqual(ClientScope);
        return unchanged ? [] : [new StaffClientScopeChanged(Id, scope, by.PersonId, now)];
    }

    /// <summary>Client users see their organisation's people; staff see staff and the people of the clients they work for.</summary>
    public bool IsVisibleTo(Actor actor) => ClientId is { } clientId ? actor.WorksWith(clientId) : actor.IsStaff;

    public static CommandRejected NoSuchPerson() => new(Rejection.NotFound, "There is no such person.");

    /// <summary>Someone the actor may not see is not there for them; someone they see but may not manage is forbidden.</summary>
    private void RequireManagedBy(Actor actor, string what)
    {
        RequireVisibleTo(actor);
        if (!actor.Role.MayManagePeople(Role))
        {
            throw new CommandRejected(Rejection.Forbidden, $"Your role may not {what}.");
        }
    }

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchPerson();
        }
    }

    private void EnsureNotDeactivated()
    {
        if (Status == PersonStatus.Deactivated)
        {
            throw new CommandRejected(Rejection.Conflict, "This person has been deactivated.");
        }
    }
}
