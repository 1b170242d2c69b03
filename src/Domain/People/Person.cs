using Milestone.Domain.Rules;

namespace Milestone.Domain.People;

/// <summary>The write-side state of one person, rebuilt from their own stream.</summary>
public sealed partial record Person(
    Guid Id,
    string Email,
    string Name,
    Role Role,
    Guid? ClientId,
    PersonStatus Status,
    Guid InvitationId,
    DateTimeOffset InvitationExpiresAt)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(72);

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
        InvitationResent resent => state! with { InvitationId = resent.InvitationId, InvitationExpiresAt = resent.ExpiresAt },
        InvitationAccepted => state! with { Status = PersonStatus.Active },
        _ => state,
    };

    public static PersonInvited Invite(
        Guid personId,
        string email,
        string name,
        Role role,
        Guid? clientId,
        Guid invitationId,
        Guid? invitedBy,
        DateTimeOffset now)
    {
        if (role.IsStaff() != clientId is null)
        {
            throw new CommandRejected(
                Rejection.Invalid,
                role.IsStaff() ? "Staff belong to the MSP, not to a client." : "A client user needs a client.",
                "clientId");
        }

        return new PersonInvited(personId, email.Trim(), name.Trim(), role, clientId, invitationId, now + InvitationLifetime, invitedBy, now);
    }

    public InvitationResent ResendInvitation(Guid invitationId, Guid resentBy, DateTimeOffset now) =>
        Status == PersonStatus.Invited
            ? new InvitationResent(Id, ClientId, invitationId, now + InvitationLifetime, resentBy, now)
            : throw new CommandRejected(Rejection.Conflict, "This person has already joined.");

    public IEnumerable<object> AcceptInvitation(Guid invitationId, DateTimeOffset now)
    {
        if (Status == PersonStatus.Active && invitationId == InvitationId)
        {
            return [];
        }

        if (Status != PersonStatus.Invited || invitationId != InvitationId || now >= InvitationExpiresAt)
        {
            throw new CommandRejected(Rejection.Invalid, "This invitation link is no longer valid; ask for a new one.", "token");
        }

        return [new InvitationAccepted(Id, ClientId, invitationId, now)];
    }
}
