using Milestone.Domain.People;
using Milestone.Domain.Rules;

namespace Milestone.Domain.Tests.People;

public sealed class ManagingPeopleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid AdminId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid Acme = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    private static readonly Guid Globex = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2");
    private static readonly Guid Invitation = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");

    [Fact]
    public void Deactivating_an_active_person_records_who_did_it()
    {
        var agent = Given(Role.Agent, null);

        Assert.Equal([new PersonDeactivated(PersonId, null, AdminId, Now)], agent.Deactivate(AdminId, Now));
    }

    [Fact]
    public void Deactivating_twice_changes_nothing()
    {
        var agent = Given(Role.Agent, null, new PersonDeactivated(PersonId, null, AdminId, Now));

        Assert.Empty(agent.Deactivate(AdminId, Now.AddMinutes(1)));
    }

    [Fact]
    public void Nobody_deactivates_themselves()
    {
        var admin = Given(Role.Admin, null);

        Assert.Throws<CommandRejected>(() => admin.Deactivate(PersonId, Now));
    }

    [Fact]
    public void A_role_changes_within_staff()
    {
        var agent = Given(Role.Agent, null);

        Assert.Equal([new PersonRoleChanged(PersonId, null, Role.Agent, Role.TeamLead, AdminId, Now)], agent.ChangeRole(Role.TeamLead, AdminId, Now));
    }

    [Fact]
    public void The_same_role_again_changes_nothing()
    {
        Assert.Empty(Given(Role.ClientMember, Acme).ChangeRole(Role.ClientMember, AdminId, Now));
    }

    [Theory]
    [InlineData(Role.ClientMember, Role.Agent)]
    [InlineData(Role.Agent, Role.ClientAdmin)]
    public void A_role_never_crosses_between_staff_and_client(Role from, Role to)
    {
        var person = Given(from, from.IsStaff() ? null : Acme);

        var rejected = Assert.Throws<CommandRejected>(() => person.ChangeRole(to, AdminId, Now));

        Assert.Equal("role", rejected.Field);
    }

    [Fact]
    public void An_administrator_cannot_demote_themselves()
    {
        Assert.Throws<CommandRejected>(() => Given(Role.Admin, null).ChangeRole(Role.Agent, PersonId, Now));
    }

    [Fact]
    public void A_deactivated_person_keeps_their_role()
    {
        var agent = Given(Role.Agent, null, new PersonDeactivated(PersonId, null, AdminId, Now));

        var rejected = Assert.Throws<CommandRejected>(() => agent.ChangeRole(Role.TeamLead, AdminId, Now));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }

    [Fact]
    public void Staff_are_scoped_to_a_set_of_clients_in_a_stable_order()
    {
        var manager = Given(Role.AccountManager, null);

        var events = manager.ScopeToClients([Globex, Acme, Globex], AdminId, Now);

        var scoped = Assert.IsType<StaffClientScopeChanged>(Assert.Single(events));
        Assert.Equal([Acme, Globex], scoped.ClientIds);
    }

    [Fact]
    public void The_same_scope_again_changes_nothing()
    {
        var manager = Given(Role.AccountManager, null, new StaffClientScopeChanged(PersonId, [Acme, Globex], AdminId, Now));

        Assert.Empty(manager.ScopeToClients([Globex, Acme], AdminId, Now));
        Assert.Single(manager.ScopeToClients(null, AdminId, Now));
    }

    [Fact]
    public void Client_users_are_not_scoped()
    {
        Assert.Throws<CommandRejected>(() => Given(Role.ClientAdmin, Acme).ScopeToClients([Globex], AdminId, Now));
    }

    private static Person Given(Role role, Guid? clientId, params object[] more) =>
        new object[]
            {
                Person.Invite(PersonId, "sam@msp.test", "Sam", role, clientId, Invitation, AdminId, Now.AddDays(-1)),
                new InvitationAccepted(PersonId, clientId, Invitation, Now.AddDays(-1)),
            }
            .Concat(more)
            .Aggregate((Person?)null, Person.Evolve)!;
}
