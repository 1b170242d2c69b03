
namespace Milestone.Domain.Tests.Organisations;

public sealed class TwoFactorRequirementTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Changing_the_requirement_is_recorded(bool current, bool required)
    {
        Assert.Equal(
            [new TwoFactorRequirementChanged(Acme, required, Admin.PersonId, Now)],
            TwoFactorRequirement.Set(Acme, current, required, Admin, Now));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Setting_it_to_what_it_is_changes_nothing(bool required)
    {
        Assert.Empty(TwoFactorRequirement.Set(Acme, required, required, Admin, Now));
    }

    [Fact]
    public void A_client_admin_requires_it_of_their_own_organisation()
    {
        var clientAdmin = new Actor(Guid.NewGuid(), Role.ClientAdmin, Acme);

        Assert.Equal([new TwoFactorRequirementChanged(Acme, true, clientAdmin.PersonId, Now)], TwoFactorRequirement.Set(Acme, false, true, clientAdmin, Now));
    }

    [Theory]
    [InlineData(Role.ClientMember)]
    [InlineData(Role.Agent)]
    [InlineData(Role.AccountManager)]
    public void Other_roles_may_not_require_it(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => TwoFactorRequirement.Set(Acme, false, true, new Actor(Admin.PersonId, role, role.IsStaff() ? null : Acme), Now));

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Fact]
    public void Another_organisation_is_not_there_for_a_client_admin()
    {
        var otherAdmin = new Actor(Guid.NewGuid(), Role.ClientAdmin, Guid.NewGuid());

        var rejected = Assert.Throws<CommandRejected>(() => TwoFactorRequirement.Set(Acme, false, true, otherAdmin, Now));

        Assert.Equal((Rejection.NotFound, "There is no such client."), (rejected.Rejection, rejected.Message));
    }

    [Theory]
    [InlineData(Role.ClientMember, false, true, false, true)]
    [InlineData(Role.ClientAdmin, false, true, false, true)]
    [InlineData(Role.ClientMember, true, true, false, false)]
    [InlineData(Role.ClientMember, false, false, true, false)]
    [InlineData(Role.Agent, false, true, false, false)]
    [InlineData(Role.Agent, false, false, true, true)]
    [InlineData(Role.Admin, true, false, true, false)]
    public void Who_must_enrol_first(Role role, bool usesTwoFactor, bool clientRequiresIt, bool requiredForStaff, bool mustEnrol)
    {
        Assert.Equal(mustEnrol, TwoFactorRequirement.MustEnrol(role, usesTwoFactor, clientRequiresIt, requiredForStaff));
    }
}
