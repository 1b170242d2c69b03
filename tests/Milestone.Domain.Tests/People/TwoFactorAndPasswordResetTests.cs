using static Milestone.Domain.Tests.People.PersonFixture;

namespace Milestone.Domain.Tests.People;

public sealed class TwoFactorAndPasswordResetTests
{
    [Fact]
    public void A_member_signed_in_recently_sets_up_an_authenticator()
    {
        var person = Given(Invited(), Accepted());

        person.BeginTwoFactorEnrolment(Now.AddDays(1) - Person.RecentSignIn, Now.AddDays(1));
    }

    [Fact]
    public void Setting_up_an_authenticator_needs_a_recent_sign_in()
    {
        var person = Given(Invited(), Accepted());

        var stale = Assert.Throws<CommandRejected>(() => person.BeginTwoFactorEnrolment(Now.AddDays(1) - Person.RecentSignIn - TimeSpan.FromSeconds(1), Now.AddDays(1)));

        Assert.Equal(Rejection.Forbidden, stale.Rejection);
    }

    [Fact]
    public void With_two_factor_sign_in_on_there_is_no_second_authenticator_to_set_up()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        var rejected = Assert.Throws<CommandRejected>(() => person.BeginTwoFactorEnrolment(Now.AddDays(2), Now.AddDays(2)));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }

    [Fact]
    public void A_member_turns_two_factor_sign_in_on()
    {
        var person = Given(Invited(), Accepted());

        var enabled = person.EnableTwoFactor(true, Now.AddDays(1));

        Assert.Equal(new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)), enabled);
        Assert.True(Given(Invited(), Accepted(), enabled).UsesTwoFactor);
    }

    [Fact]
    public void Turning_it_on_twice_is_a_conflict()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        var rejected = Assert.Throws<CommandRejected>(() => person.EnableTwoFactor(true, Now.AddDays(2)));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }

    [Fact]
    public void A_wrong_code_does_not_turn_it_on()
    {
        var person = Given(Invited(), Accepted());

        var rejected = Assert.Throws<CommandRejected>(() => person.EnableTwoFactor(false, Now.AddDays(1)));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal("code", rejected.Field);
    }

    [Fact]
    public void Someone_who_has_not_joined_cannot_turn_it_on()
    {
        var person = Given(Invited());

        var rejected = Assert.Throws<CommandRejected>(() => person.EnableTwoFactor(true, Now.AddDays(1)));

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Fact]
    public void Turning_it_off_leaves_the_person_signing_in_with_a_password_alone()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        var disabled = person.DisableTwoFactor(Now.AddDays(2));

        Assert.Equal(new TwoFactorDisabled(PersonId, Acme, Now.AddDays(2)), disabled);
        Assert.False(Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)), disabled).UsesTwoFactor);
    }

    [Fact]
    public void Without_two_factor_sign_in_there_is_nothing_to_turn_off_or_regenerate()
    {
        var person = Given(Invited(), Accepted());

        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => person.DisableTwoFactor(Now.AddDays(1))).Rejection);
        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => person.RegenerateRecoveryCodes(Now.AddDays(1))).Rejection);
    }

    [Fact]
    public void New_recovery_codes_are_recorded()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        Assert.Equal(new RecoveryCodesRegenerated(PersonId, Acme, Now.AddDays(3)), person.RegenerateRecoveryCodes(Now.AddDays(3)));
    }

    [Fact]
    public void A_member_resets_their_password()
    {
        var person = Given(Invited(), Accepted());

        Assert.Equal(new PasswordReset(PersonId, Acme, Now.AddDays(5)), person.ResetPassword(Now.AddDays(5)));
    }

    [Fact]
    public void Someone_who_has_not_joined_cannot_reset_a_password()
    {
        var person = Given(Invited());

        var rejected = Assert.Throws<CommandRejected>(() => person.ResetPassword(Now.AddDays(5)));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal("token", rejected.Field);
    }

    [Fact]
    public void An_administrator_resets_the_second_factor_of_someone_who_lost_it()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        var reset = person.ResetTwoFactor(new Actor(Admin.PersonId, Role.Admin, null), Now.AddDays(4), Now.AddDays(4));

        Assert.Equal(new TwoFactorReset(PersonId, Acme, Admin.PersonId, Now.AddDays(4)), reset);
        Assert.False(Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)), reset).UsesTwoFactor);
    }

    [Fact]
    public void A_client_admin_resets_it_for_their_own_organisation_only()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));
        var clientAdminId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a2");

        var reset = person.ResetTwoFactor(new Actor(clientAdminId, Role.ClientAdmin, Acme), Now.AddDays(4), Now.AddDays(4));
        var elsewhere = Assert.Throws<CommandRejected>(() => person.ResetTwoFactor(new Actor(clientAdminId, Role.ClientAdmin, Guid.NewGuid()), Now.AddDays(4), Now.AddDays(4)));
        var member = Assert.Throws<CommandRejected>(() => person.ResetTwoFactor(new Actor(clientAdminId, Role.ClientMember, Acme), Now.AddDays(4), Now.AddDays(4)));

        Assert.Equal(clientAdminId, reset.ResetBy);
        Assert.Equal(Rejection.NotFound, elsewhere.Rejection);
        Assert.Equal(Rejection.Forbidden, member.Rejection);
    }

    [Fact]
    public void A_reset_needs_a_recent_sign_in()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));

        var stale = Assert.Throws<CommandRejected>(() => person.ResetTwoFactor(new Actor(Admin.PersonId, Role.Admin, null), Now.AddDays(4) - Person.RecentSignIn - TimeSpan.FromSeconds(1), Now.AddDays(4)));

        Assert.Equal(Rejection.Forbidden, stale.Rejection);
    }

    [Fact]
    public void Nobody_resets_their_own_second_factor_and_without_one_there_is_nothing_to_reset()
    {
        var person = Given(Invited(), Accepted(), new TwoFactorEnabled(PersonId, Acme, Now.AddDays(1)));
        var withoutIt = Given(Invited(), Accepted());

        var own = Assert.Throws<CommandRejected>(() => person.ResetTwoFactor(new Actor(PersonId, Role.Admin, null), Now.AddDays(4), Now.AddDays(4)));
        var nothing = Assert.Throws<CommandRejected>(() => withoutIt.ResetTwoFactor(new Actor(Admin.PersonId, Role.Admin, null), Now.AddDays(4), Now.AddDays(4)));

        Assert.Equal(Rejection.Invalid, own.Rejection);
        Assert.Equal(Rejection.Conflict, nothing.Rejection);
    }

    private static InvitationAccepted Accepted() => new(PersonId, Acme, InvitationId, Now.AddHours(1));
}
