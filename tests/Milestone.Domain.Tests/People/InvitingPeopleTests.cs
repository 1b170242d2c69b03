using static Milestone.Domain.Tests.People.PersonFixture;

namespace Milestone.Domain.Tests.People;

public sealed class InvitingPeopleTests
{
    private static readonly Guid SecondInvitation = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e2");

    [Fact]
    public void An_invitation_expires_after_72_hours()
    {
        var invited = Person.Invite(Admin, PersonId, " dana@acme.test ", " Dana ", Role.ClientMember, Acme, true, InvitationId, Now);

        Assert.Equal(
            new PersonInvited(PersonId, "dana@acme.test", "Dana", Role.ClientMember, Acme, InvitationId, Now.AddHours(72), Admin.PersonId, Now),
            invited);
    }

    [Theory]
    [InlineData(Role.ClientAdmin)]
    [InlineData(Role.ClientMember)]
    public void A_client_user_needs_a_client(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Person.Invite(Admin, PersonId, "dana@acme.test", "Dana", role, null, true, InvitationId, Now));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal("clientId", rejected.Field);
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.Agent)]
    [InlineData(Role.Executive)]
    public void Staff_belong_to_no_client(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Person.Invite(Admin, PersonId, "sam@msp.test", "Sam", role, Acme, true, InvitationId, Now));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
    }

    [Fact]
    public void A_client_admin_invites_into_their_own_organisation_without_naming_it()
    {
        var invited = Person.Invite(ClientAdmin, PersonId, "dana@acme.test", "Dana", Role.ClientMember, null, false, InvitationId, Now);

        Assert.Equal((Acme, ClientAdmin.PersonId), (invited.ClientId, invited.InvitedBy));
    }

    [Fact]
    public void A_client_admin_invites_no_staff()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Person.Invite(ClientAdmin, PersonId, "sam@msp.test", "Sam", Role.Agent, null, false, InvitationId, Now));

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Fact]
    public void Another_organisation_and_a_client_that_does_not_exist_are_alike_not_there()
    {
        var globex = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2");

        var intoAnother = Assert.Throws<CommandRejected>(() => Person.Invite(ClientAdmin, PersonId, "x@globex.test", "X", Role.ClientMember, globex, true, InvitationId, Now));
        var intoNothing = Assert.Throws<CommandRejected>(() => Person.Invite(Admin, PersonId, "x@globex.test", "X", Role.ClientMember, globex, false, InvitationId, Now));

        Assert.Equal((Rejection.NotFound, "There is no such client."), (intoAnother.Rejection, intoAnother.Message));
        Assert.Equal((intoAnother.Rejection, intoAnother.Message), (intoNothing.Rejection, intoNothing.Message));
    }

    [Fact]
    public void Nobody_invites_the_first_administrator()
    {
        Assert.Null(Person.Invite(null, PersonId, "ada@msp.test", "Ada", Role.Admin, null, false, InvitationId, Now).InvitedBy);
    }

    [Fact]
    public void Accepting_a_current_invitation_makes_the_person_active()
    {
        var person = Given(Invited());

        var events = person.AcceptInvitation(InvitationId, Now.AddHours(1));

        Assert.Equal([new InvitationAccepted(PersonId, Acme, InvitationId, Now.AddHours(1))], events);
    }

    [Fact]
    public void Accepting_twice_with_the_same_invitation_changes_nothing()
    {
        var person = Given(Invited(), new InvitationAccepted(PersonId, Acme, InvitationId, Now.AddHours(1)));

        Assert.Empty(person.AcceptInvitation(InvitationId, Now.AddHours(2)));
    }

    [Fact]
    public void An_expired_invitation_cannot_be_accepted()
    {
        var person = Given(Invited());

        var rejected = Assert.Throws<CommandRejected>(() => person.AcceptInvitation(InvitationId, Now.AddHours(72)));

        Assert.Equal(Rejection.Invalid, rejected.Rejection);
        Assert.Equal("token", rejected.Field);
    }

    [Fact]
    public void Resending_replaces_the_old_invitation()
    {
        var person = Given(Invited());

        var resent = person.ResendInvitation(SecondInvitation, Admin, Now.AddHours(80));
        var afterResend = Given(Invited(), resent);

        Assert.Equal(new InvitationResent(PersonId, Acme, SecondInvitation, Now.AddHours(152), Admin.PersonId, Now.AddHours(80)), resent);
        Assert.Throws<CommandRejected>(() => afterResend.AcceptInvitation(InvitationId, Now.AddHours(81)));
        Assert.NotEmpty(afterResend.AcceptInvitation(SecondInvitation, Now.AddHours(81)));
    }

    [Fact]
    public void Someone_who_joined_cannot_be_sent_another_invitation()
    {
        var person = Given(Invited(), new InvitationAccepted(PersonId, Acme, InvitationId, Now.AddHours(1)));

        var rejected = Assert.Throws<CommandRejected>(() => person.ResendInvitation(SecondInvitation, Admin, Now.AddHours(2)));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }
}
