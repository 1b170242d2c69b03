namespace Milestone.Domain.People;

public enum Role
{
    Admin,
    Agent,
    TeamLead,
    AccountManager,
    Executive,
    ClientAdmin,
    ClientMember,
}

public static class Roles
{
    public static bool IsStaff(this Role role) => role is not (Role.ClientAdmin or Role.ClientMember);

    /// <summary>Staff who act on requests; executives only read.</summary>
    public static bool IsOperationalStaff(this Role role) => role.IsStaff() && role != Role.Executive;
}
