namespace Milestone.Projections.People;

public sealed partial class PersonAccountProjection : SingleStreamProjection<PersonAccount, Guid>
{
    public static PersonAccount Create(PersonInvited invited) => new(
        invited.PersonId,
        invited.Email,
        PersonAccount.Normalize(invited.Email),
        invited.Name,
        invited.Role,
        invited.ClientId,
        PersonStatus.Invited,
        invited.InvitedAt,
        invited.ExpiresAt,
        JoinedAt: null);

    public static PersonAccount Create(SignedUpThroughLink signedUp) => new(
        signedUp.PersonId,
        signedUp.Email,
        PersonAccount.Normalize(signedUp.Email),
        signedUp.Name,
        signedUp.Role,
        signedUp.ClientId,
        PersonStatus.PendingVerification,
        signedUp.SignedUpAt,
        signedUp.ExpiresAt,
        JoinedAt: null) { SignedUpThrough = signedUp.LinkId };

    public static PersonAccount Apply(TwoFactorEnabled enabled, PersonAccount account) => account with { TwoFactorEnabled = true };

    public static PersonAccount Apply(TwoFactorDisabled disabled, PersonAccount account) => account with { TwoFactorEnabled = false };

    public static PersonAccount Apply(TwoFactorReset reset, PersonAccount account) => account with { TwoFactorEnabled = false };

    public static PersonAccount Apply(InvitationResent resent, PersonAccount account) =>
        account with { InvitationExpiresAt = resent.ExpiresAt };

    public static PersonAccount Apply(InvitationAccepted accepted, PersonAccount account) =>
        account with { Status = PersonStatus.Active, JoinedAt = accepted.AcceptedAt };

    public static PersonAccount Apply(SignUpRenewed renewed, PersonAccount account) =>
        account with { Name = renewed.Name, InvitationExpiresAt = renewed.ExpiresAt, SignedUpThrough = renewed.LinkId };

    public static PersonAccount Apply(EmailVerified verified, PersonAccount account) =>
        account with { Status = PersonStatus.Active, JoinedAt = verified.VerifiedAt };

    public static PersonAccount Apply(PersonDeactivated _, PersonAccount account) => account with { Status = PersonStatus.Deactivated };

    public static PersonAccount Apply(PersonRoleChanged changed, PersonAccount account) => account with { Role = changed.To };

    public static PersonAccount Apply(StaffClientScopeChanged scoped, PersonAccount account) => account with { ClientScope = scoped.ClientIds };

    public static PersonAccount Apply(PersonLocationChanged placed, PersonAccount account) => account with { LocationId = placed.LocationId };

    public static PersonAccount Apply(ClientAdminLocationScopeChanged limited, PersonAccount account) => account with { LocationScope = limited.LocationIds };

    public static PersonAccount Apply(ProfileUpdated updated, PersonAccount account) => account with { Name = updated.Name, TimeZone = updated.TimeZone };

    public static PersonAccount Apply(NotificationPreferencesChanged changed, PersonAccount account) =>
        account with { NotificationPreferences = changed.Preferences };
}
