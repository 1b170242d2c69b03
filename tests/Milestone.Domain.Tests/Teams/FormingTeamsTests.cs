namespace Milestone.Domain.Tests.Teams;

public sealed class FormingTeamsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid TeamId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000d1");
    private static readonly Actor Admin = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1"), Role.Admin, null);
    private static readonly TeamCandidate Ann = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000b1"), Role.Agent, PersonStatus.Active);
    private static readonly TeamCandidate Lee = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000b2"), Role.TeamLead, PersonStatus.Active);

    [Fact]
    public void An_administrator_forms_a_team_with_a_trimmed_name()
    {
        Assert.Equal(new TeamCreated(TeamId, "Service desk", Admin.PersonId, Now), Team.Create(TeamId, "  Service desk ", Admin, Now));
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.Executive)]
    public void Only_administrators_form_teams(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Team.Create(TeamId, "Service desk", Admin with { Role = role }, Now));

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.AccountManager)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientMember)]
    public void Only_agents_and_team_leads_join_teams(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Formed().AddMember(Ann with { Role = role }, Admin, Now));

        Assert.Equal((Rejection.Invalid, "personId"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_deactivated_person_does_not_join_and_a_member_joins_once()
    {
        var team = Given(Formed(), new TeamMemberAdded(TeamId, Ann.PersonId, Admin.PersonId, Now));

        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => team.AddMember(Lee with { Status = PersonStatus.Deactivated }, Admin, Now)).Rejection);
        Assert.Empty(team.AddMember(Ann, Admin, Now));
    }

    [Fact]
    public void The_lead_is_a_member_with_the_team_lead_role()
    {
        var team = Given(Formed(), new TeamMemberAdded(TeamId, Ann.PersonId, Admin.PersonId, Now));

        Assert.Equal("personId", Assert.Throws<CommandRejected>(() => team.ChooseLead(Ann.PersonId, Ann, Admin, Now)).Field);
        Assert.Equal("personId", Assert.Throws<CommandRejected>(() => team.ChooseLead(Lee.PersonId, Lee, Admin, Now)).Field);
        var withLee = Given(team, new TeamMemberAdded(TeamId, Lee.PersonId, Admin.PersonId, Now));
        Assert.Equal([new TeamLeadChosen(TeamId, Lee.PersonId, Admin.PersonId, Now)], withLee.ChooseLead(Lee.PersonId, Lee, Admin, Now));
    }

    [Fact]
    public void Only_administrators_change_a_team_and_before_any_person_is_looked_at()
    {
        var agent = Admin with { Role = Role.Agent };

        Assert.All(
            [
                () => Formed().AddMember(null, agent, Now),
                () => Formed().RemoveMember(Ann.PersonId, agent, Now),
                () => Formed().ChooseLead(Guid.NewGuid(), null, agent, Now),
                () => Formed().Rename("Desk", agent, Now),
            ],
            (Func<IEnumerable<object>> change) => Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => change().ToList()).Rejection));
    }

    [Fact]
    public void A_person_who_is_not_there_neither_joins_nor_leads()
    {
        Assert.Equal((Rejection.NotFound, "personId"), Rejected(() => Formed().AddMember(null, Admin, Now)));
        Assert.Equal((Rejection.NotFound, "personId"), Rejected(() => Formed().ChooseLead(Guid.NewGuid(), null, Admin, Now)));
    }

    [Fact]
    public void Choosing_no_lead_leaves_the_team_without_one()
    {
        var led = Given(
            Formed(),
            new TeamMemberAdded(TeamId, Lee.PersonId, Admin.PersonId, Now),
            new TeamLeadChosen(TeamId, Lee.PersonId, Admin.PersonId, Now));

        Assert.Equal([new TeamLeadChosen(TeamId, null, Admin.PersonId, Now)], led.ChooseLead(null, null, Admin, Now));
        Assert.Empty(Formed().ChooseLead(null, null, Admin, Now));
    }

    public static TheoryData<string> UnfitNames => ["  ", new string('x', Team.NameMaxLength + 1)];

    [Theory]
    [MemberData(nameof(UnfitNames))]
    public void A_team_name_is_neither_blank_nor_too_long(string name)
    {
        Assert.Equal((Rejection.Invalid, "name"), Rejected(() => [Team.Create(TeamId, name, Admin, Now)]));
        Assert.Equal((Rejection.Invalid, "name"), Rejected(() => Formed().Rename(name, Admin, Now)));
    }

    [Fact]
    public void A_lead_who_leaves_leaves_the_team_without_a_lead()
    {
        var led = Given(
            Formed(),
            new TeamMemberAdded(TeamId, Lee.PersonId, Admin.PersonId, Now),
            new TeamLeadChosen(TeamId, Lee.PersonId, Admin.PersonId, Now));

        var removed = led.RemoveMember(Lee.PersonId, Admin, Now).ToList();
        var after = Given(led, [.. removed]);

        Assert.Equal([new TeamMemberRemoved(TeamId, Lee.PersonId, Admin.PersonId, Now)], removed);
        Assert.Null(after.LeadId);
        Assert.Empty(after.Members);
        Assert.Empty(after.RemoveMember(Lee.PersonId, Admin, Now));
    }

    private static (Rejection, string?) Rejected(Func<IEnumerable<object>> decision)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decision().ToList());
        return (rejected.Rejection, rejected.Field);
    }

    private static Team Formed() => Team.Evolve(null, Team.Create(TeamId, "Service desk", Admin, Now))!;

    private static Team Given(Team team, params object[] events) => events.Aggregate(team, (state, @event) => Team.Evolve(state, @event)!);
}
