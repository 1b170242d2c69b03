namespace Milestone.Api.Tests.People;

/// <summary>Each role's allowed and denied operations, through the real API.</summary>
[Collection(Collections.People)]
public sealed class RolesTests(MilestoneApp app)
{
    private const string Submit = "mutation Submit($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id clientId } } }";

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.AccountManager)]
    [InlineData(Role.Executive)]
    public async Task Only_administrators_create_client_organisations(Role role)
    {
        var scene = await app.RoleSceneAsync(role);

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(
            Identities.CreateClient, new { input = new { name = "Initech", timeZone = "America/Chicago" } }, scene.Person));
    }

    [Fact]
    public async Task A_client_admin_invites_into_their_own_organisation()
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);

        var member = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);

        Assert.Equal(clientAdmin.ClientId, member.ClientId);
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.Admin)]
    public async Task A_client_admin_may_not_invite_staff(Role role)
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);

        var response = await app.Host.GraphQLAsync(
            Identities.Invite, new { input = new { email = $"{Guid.NewGuid():N}@x.test", name = "Mallory", role = Identities.RoleName(role) } }, clientAdmin);

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }

    [Theory]
    [InlineData(Role.ClientMember)]
    [InlineData(Role.Agent)]
    [InlineData(Role.Executive)]
    public async Task Only_administrators_and_client_admins_invite(Role role)
    {
        var scene = await app.RoleSceneAsync(role);

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(
            Identities.Invite,
            new { input = new { email = $"{Guid.NewGuid():N}@x.test", name = "Someone", role = "CLIENT_MEMBER", clientId = scene.ClientId } },
            scene.Person));
    }

    [Fact]
    public async Task An_executive_reads_but_does_not_submit()
    {
        var (_, clientId, executive) = await app.RoleSceneAsync(Role.Executive);

        var submit = await app.Host.GraphQLAsync(Submit, new { input = new { title = "Board pack", clientId } }, executive);
        var read = await app.Host.GraphQLAsync("{ requests { totalCount } }", signedIn: executive);

        Assert.Equal("FORBIDDEN", submit.SingleError().Code());
        read.Data("requests");
    }

    [Fact]
    public async Task An_agent_submits_on_behalf_of_the_client_they_name()
    {
        var (_, clientId, agent) = await app.RoleSceneAsync(Role.Agent);

        var withClient = await app.Host.GraphQLAsync(Submit, new { input = new { title = "Phoned in: printer", clientId } }, agent);
        var withoutClient = await app.Host.GraphQLAsync(Submit, new { input = new { title = "Phoned in: printer" } }, agent);

        Assert.Equal(clientId, withClient.Data("submitRequest").GetProperty("request").GetProperty("clientId").GetGuid());
        Assert.Equal("clientId", withoutClient.SingleError().Extension("field"));
    }

    [Fact]
    public async Task A_client_member_sees_their_own_requests_and_a_client_admin_sees_the_organisations()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var clientAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var dana = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);
        var eli = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);
        (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Dana's laptop" } }, dana)).Data("submitRequest");
        (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Eli's phone" } }, eli)).Data("submitRequest");

        Assert.Equal(1, await Count(dana));
        Assert.Equal(1, await Count(eli));
        Assert.Equal(2, await Count(clientAdmin));
    }

    private async Task<int> Count(SignedIn person) =>
        (await app.Host.GraphQLAsync("{ requests { totalCount } }", signedIn: person)).Data("requests").GetProperty("totalCount").GetInt32();
}
