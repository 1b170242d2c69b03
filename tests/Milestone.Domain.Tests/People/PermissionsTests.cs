namespace Milestone.Domain.Tests.People;

public sealed class PermissionsTests
{
    [Theory]
    [InlineData(Role.Admin, Role.Admin, true)]
    [InlineData(Role.Admin, Role.ClientMember, true)]
    [InlineData(Role.ClientAdmin, Role.ClientMember, true)]
    [InlineData(Role.ClientAdmin, Role.ClientAdmin, true)]
    [InlineData(Role.ClientAdmin, Role.Agent, false)]
    [InlineData(Role.ClientAdmin, Role.Admin, false)]
    [InlineData(Role.ClientMember, Role.ClientMember, false)]
    [InlineData(Role.Agent, Role.ClientMember, false)]
    [InlineData(Role.Executive, Role.ClientMember, false)]
    public void Who_may_invite_and_manage_whom(Role inviter, Role invitee, bool allowed)
    {
        Assert.Equal(allowed, inviter.MayManagePeople(invitee));
    }

    [Theory]
    [InlineData(Role.Executive, false)]
    [InlineData(Role.Agent, true)]
    [InlineData(Role.ClientMember, true)]
    public void Executives_read_but_do_not_submit(Role role, bool allowed)
    {
        Assert.Equal(allowed, role.MaySubmitRequests());
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.AccountManager, false)]
    [InlineData(Role.ClientAdmin, false)]
    public void Only_administrators_create_client_organisations(Role role, bool allowed)
    {
        Assert.Equal(allowed, role.MayManageClientOrganisations());
    }

    [Theory]
    [InlineData(Role.Admin, true)]
    [InlineData(Role.ClientAdmin, true)]
    [InlineData(Role.ClientMember, false)]
    [InlineData(Role.AccountManager, false)]
    public void Administrators_and_client_admins_require_two_factor_sign_in(Role role, bool allowed)
    {
        Assert.Equal(allowed, role.MayRequireTwoFactor());
    }
}
