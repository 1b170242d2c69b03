namespace Milestone.Domain.People;

/// <summary>
/// What each role may do. Client users act only inside their own organisation; that scoping is applied
/// where the data is read and written, these rules say which operations a role has at all.
/// </summary>
public static class Permissions
{
    public static bool MayManageClientOrganisations(this Role role) => role == Role.Admin;

    /// <summary>Connecting outside systems (Jira) and mapping their accounts and projects.</summary>
    public static bool MayManageIntegrations(this Role role) => role == Role.Admin;

    /// <summary>Administrators for any client; a client admin for their own organisation only.</summary>
    public static bool MayRequireTwoFactor(this Role role) => role is Role.Admin or Role.ClientAdmin;

    public static bool MaySubmitRequests(this Role role) => role != Role.Executive;

    /// <summary>
    /// Administrators invite, deactivate and change the role of anyone; a client admin does so for the
    /// people of their own organisation only.
    /// </summary>
    public static bool MayManagePeople(this Role actor, Role person) => actor switch
    {
        Role.Admin => true,
        Role.ClientAdmin => !person.IsStaff(),
        _ => false,
    };

    /// <summary>A client's sites: administrators, account managers (for the clients they work with), the client's own admin.</summary>
    public static bool MayKeepLocations(this Role actor) => actor is Role.Admin or Role.AccountManager or Role.ClientAdmin;

    public static bool MayScopeStaffToClients(this Role actor) => actor == Role.Admin;

    public static bool MayManageTeams(this Role actor) => actor == Role.Admin;

    /// <summary>Sign-up links: to a client's portal, the people who own the client relationship; to the staff, administrators.</summary>
    public static bool MayManagePortalLinks(this Role actor, bool staffLink) => staffLink ? actor == Role.Admin : actor is Role.Admin or Role.AccountManager;

    /// <summary>Links that open a client's quarterly review without signing in: the people who own the client relationship.</summary>
    public static bool MayShareReports(this Role actor) => actor is Role.Admin or Role.AccountManager;
}
