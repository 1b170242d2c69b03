namespace Milestone.Api.Tests.Teams;

/// <summary>An administrator forms teams of agents under a team lead; anything else is refused with a code and writes nothing.</summary>
[Collection(Collections.Conversation)]
public sealed class FormingTeamsTests(MilestoneApp app)
{
    [Fact]
    public async Task An_administrator_forms_a_team_names_it_fills_it_and_puts_a_team_lead_in_charge()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null, "Ann Agent");
        var lead = await app.InvitedAndSignedInAsync(admin, Role.TeamLead, null, "Lee Lead");

        var created = (await app.Host.GraphQLAsync(TeamScenes.Create, new { name = " Network " }, admin)).Data("createTeam");
        var teamId = created.GetProperty("id").GetString();
        await app.Host.GraphQLAsync(TeamScenes.Rename, new { teamId, version = created.GetProperty("streamVersion").GetInt32(), name = "Networks" }, admin);
        await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = agent.PersonId }, admin);
        await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = lead.PersonId }, admin);
        (await app.Host.GraphQLAsync(TeamScenes.Lead, new { teamId, personId = lead.PersonId }, admin)).Data("chooseTeamLead");

        var team = (await app.Host.GraphQLAsync($"query($id: ID!) {{ team(id: $id) {{ {TeamScenes.Team} }} }}", new { id = teamId }, agent)).Data("team");
        Assert.Equal("Networks", team.GetProperty("name").GetString());
        Assert.Equal("Lee Lead", team.GetProperty("lead").GetProperty("name").GetString());
        Assert.Equal(["Ann Agent", "Lee Lead"], team.GetProperty("members").EnumerateArray().Select(member => member.GetProperty("name").GetString()));
        Assert.Contains(teamId, (await app.Host.GraphQLAsync("{ teams { id } }", signedIn: agent)).Data("teams").EnumerateArray().Select(listed => listed.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_lead_leaving_leaves_the_team_without_one_and_a_repeated_change_writes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var lead = await app.InvitedAndSignedInAsync(admin, Role.TeamLead, null);
        var teamId = (await app.Host.GraphQLAsync(TeamScenes.Create, new { name = "Night shift" }, admin)).Data("createTeam").GetProperty("id").GetString();
        await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = lead.PersonId }, admin);
        await app.Host.GraphQLAsync(TeamScenes.Lead, new { teamId, personId = lead.PersonId }, admin);

        var before = await app.CountEventsAsync();
        await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = lead.PersonId }, admin);
        await app.Host.GraphQLAsync(TeamScenes.Lead, new { teamId, personId = lead.PersonId }, admin);
        Assert.Equal(before, await app.CountEventsAsync());

        var left = (await app.Host.GraphQLAsync(TeamScenes.Remove, new { teamId, personId = lead.PersonId }, admin)).Data("removeTeamMember");
        Assert.Equal(JsonValueKind.Null, left.GetProperty("lead").ValueKind);
        Assert.Empty(left.GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Refusals_carry_a_code_and_write_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var accountManager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Teamless Ltd");
        var created = (await app.Host.GraphQLAsync(TeamScenes.Create, new { name = "Service desk" }, admin)).Data("createTeam");
        var teamId = created.GetProperty("id").GetString();
        var before = await app.CountEventsAsync();

        var refusals = new (string Expected, JsonElement Response)[]
        {
            ("FORBIDDEN", await app.Host.GraphQLAsync(TeamScenes.Create, new { name = "Mine" }, agent)),
            ("FORBIDDEN", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = agent.PersonId }, agent)),
            ("FORBIDDEN", await app.Host.GraphQLAsync("{ teams { id } }", signedIn: clientAdmin)),
            ("FORBIDDEN", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = clientAdmin.PersonId }, clientAdmin)),
            ("VALIDATION", await app.Host.GraphQLAsync(TeamScenes.Create, new { name = "  " }, admin)),
            ("VALIDATION", await app.Host.GraphQLAsync(TeamScenes.Create, new { name = new string('x', 201) }, admin)),
            ("VALIDATION", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = accountManager.PersonId }, admin)),
            ("VALIDATION", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = clientAdmin.PersonId }, admin)),
            ("VALIDATION", await app.Host.GraphQLAsync(TeamScenes.Lead, new { teamId, personId = agent.PersonId }, admin)),
            ("CONFLICT", await app.Host.GraphQLAsync(TeamScenes.Rename, new { teamId, version = created.GetProperty("streamVersion").GetInt32() + 1, name = "Desk" }, admin)),
            ("NOT_FOUND", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId = Guid.NewGuid(), personId = agent.PersonId }, admin)),
            ("NOT_FOUND", await app.Host.GraphQLAsync(TeamScenes.Add, new { teamId, personId = Guid.NewGuid() }, admin)),
            ("NOT_FOUND", await app.Host.GraphQLAsync("query($id: ID!) { team(id: $id) { id } }", new { id = Guid.NewGuid() }, agent)),
        };

        Assert.All(refusals, refusal => Assert.Equal(refusal.Expected, refusal.Response.SingleError().Code()));
        Assert.Equal(before, await app.CountEventsAsync());
    }
}
