using static Milestone.Domain.Tests.People.PersonFixture;

namespace Milestone.Domain.Tests.People;

public sealed class ManagingPeopleTests
{
    [Fact]
    public void Deactivating_an_active_person_records_who_did_it()
    {
        var agent = Given(Role.Agent, null);

        Assert.Equal([new PersonDeactivated(PersonId, null, Admin.PersonId, Now)], agent.Deactivate(Admin, Now));
    }

    [Fact]
    public void Deactivating_twice_changes_nothing()
    {
        var agent = Given(Role.Agent, null, new PersonDeactivated(PersonId, null, Admin.PersonId, Now));

        Assert.Empty(agent.Deactivate(Admin, Now.AddMinutes(1)));
    }

    [Fact]
    public void Nobody_deactivates_themselves()
    {
        var admin = Given(Role.Admin, null);

        Assert.Throws<CommandRejected>(() => admin.Deactivate(Admin with { PersonId = PersonId }, Now));
    }

    [Fact]
    public void A_role_changes_within_staff()
    {
        var agent = Given(Role.Agent, null);

        Assert.Equal([new PersonRoleChanged(PersonId, null, Role.Agent, Role.TeamLead, Admin.PersonId, Now)], agent.ChangeRole(Role.TeamLead, Admin, Now));
    }

    [Fact]
    public void The_same_role_again_changes_nothing()
    {
        Assert.Empty(Given(Role.ClientMember, Acme).ChangeRole(Role.ClientMember, Admin, Now));
    }

    [Theory]
    [InlineData(Role.ClientMember, Role.Agent)]
    [InlineData(Role.Agent, Role.ClientAdmin)]
    public void A_role_never_crosses_between_staff_and_client(Role from, Role to)
    {
        var person = Given(from, from.IsStaff() ? null : Acme);

        var rejected = Assert.Throws<CommandRejected>(() => person.ChangeRole(to, Admin, Now));

        Assert.Equal("role", rejected.Field);
    }

    [Fact]
    public void An_administrator_cannot_demote_themselves()
    {
        Assert.Throws<CommandRejected>(() => Given(Role.Admin, null).ChangeRole(Role.Agent, Admin with { PersonId = PersonId }, Now));
    }

    [Fact]
    public void A_deactivated_person_keeps_their_role()
    {
        var agent = Given(Role.Agent, null, new PersonDeactivated(PersonId, null, Admin.PersonId, Now));

        var rejected = Assert.Throws<CommandRejected>(() => agent.ChangeRole(Role.TeamLead, Admin, Now));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }

    [Fact]
    public void Staff_are_scoped_to_a_set_of_clients_in_a_stable_order()
    {
        var manager = Given(Role.AccountManager, null);

        var events = manager.ScopeToClients([Globex, Acme, Globex], [Globex, Acme], Admin, Now);

        var scoped = Assert.IsType<StaffClientScopeChanged>(Assert.Single(events));
        Assert.Equal([Acme, Globex], scoped.ClientIds);
    }

    [Fact]
    public void The_same_scope_again_changes_nothing()
    {
        var manager = Given(Role.AccountManager, null, new StaffClientScopeChanged(PersonId, [Acme, Globex], Admin.PersonId, Now));

        Assert.Empty(manager.ScopeToClients([Globex, Acme], [Globex, Acme], Admin, Now));
        Assert.Single(manager.ScopeToClients(null, [], Admin, Now));
    }

    [Fact]
    public void Client_users_are_not_scoped()
    {
        Assert.Throws<CommandRejected>(() => Given(Role.ClientAdmin, Acme).ScopeToClients([Globex], [Globex], Admin, Now));
    }

    [Fact]
    public void A_client_admin_manages_their_own_organisation_s_people_and_nobody_else()
    {
        var clientAdmin = new Actor(Guid.NewGuid(), Role.ClientAdmin, Acme);

        Assert.Single(Given(Role.ClientMember, Acme).Deactivate(clientAdmin, Now));
        Assert.Equal(Rejection.NotFound, Refused(() => Given(Role.ClientMember, Globex).Deactivate(clientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refused(() => Given(Role.Agent, null).ChangeRole(Role.TeamLead, clientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refused(() => Given(Role.ClientMember, Acme).ChangeRole(Role.Admin, clientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refused(() => [Given(Role.ClientMember, Globex).ResendInvitation(Guid.NewGuid(), clientAdmin, Now)]).Rejection);
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientMember)]
    public void Only_administrators_and_client_admins_manage_people(Role role)
    {
        var actor = new Actor(Guid.NewGuid(), role, role.IsStaff() ? null : Acme);
        var member = Given(Role.ClientMember, Acme);

        Assert.Equal(Rejection.Forbidden, Refused(() => member.Deactivate(actor, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refused(() => member.ChangeRole(Role.ClientAdmin, actor, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refused(() => [member.ResendInvitation(Guid.NewGuid(), actor, Now)]).Rejection);
    }

    [Fact]
    public void Only_administrators_scope_staff_and_only_to_clients_that_exist()
    {
        var manager = Given(Role.AccountManager, null);

        Assert.Equal(Rejection.Forbidden, Refused(() => manager.ScopeToClients([Acme], [Acme], Admin with { Role = Role.AccountManager }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refused(() => manager.ScopeToClients([Acme, Globex], [Acme], Admin, Now)).Rejection);
        Assert.Equal("clientIds", Refused(() => manager.ScopeToClients([.. Enumerable.Range(0, Person.MaxClientScope + 1).Select(_ => Guid.NewGuid())], [], Admin, Now)).Field);
    }

    private static CommandRejected Refused(Func<IEnumerable<object>> decision) => Assert.Throws<CommandRejected>(() => decision().ToList());

    private static Person Given(Role role, Guid? clientId, params object[] more) =>
        PersonFixture.Given(
        [
            Person.Invite(Admin, PersonId, "sam@msp.test", "Sam", role, clientId, true, InvitationId, Now.AddDays(-1)),
            new InvitationAccepted(PersonId, clientId, InvitationId, Now.AddDays(-1)),
            .. more,
        ]);
}
