namespace Milestone.Domain.People;

/// <summary>
/// What each role may do. Client users act only inside their own organisation; that scoping is applied
/// where the data is read and written, these rules say which operations a role has at all.
/// </summary>
public static class Permissions
{
    public static bool MayManageClientOrganisations(this Role role) => role == Role.Admin;

    /// <summary>Administrators for any client; a client admin for their own organisation only.</summary>
    public static bool MayRequireTwoFactor(this Role role) => role is Role.Admin or Role.ClientAdmin;

    public static bool MaySubmitRequests(this Role role) => role != Role.Executive;

    /// <summary>Administrators invite anyone; a client admin invites people into their own organisation only.</summary>
    public static bool MayInvite(this Role inviter, Role invitee) => inviter switch
    {
        Role.Admin => true,
        Role.ClientAdmin => !invitee.IsStaff(),
        _ => false,
    };
}
