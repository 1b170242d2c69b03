namespace Milestone.Api.People;

public static class RoleNames
{
    public static string Display(Role role) => role switch
    {
        Role.Admin => "an administrator",
        Role.Agent => "an agent",
        Role.TeamLead => "a team lead",
        Role.AccountManager => "an account manager",
        Role.Executive => "an executive",
        Role.ClientAdmin => "your organisation's administrator",
        _ => "a member of your organisation",
    };
}
