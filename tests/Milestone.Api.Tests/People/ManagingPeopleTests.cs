namespace Milestone.Api.Tests.People;

[Collection(Collections.People)]
public sealed class ManagingPeopleTests(MilestoneApp app)
{
    private const string Me = "{ me { id role } }";
    private const string Deactivate = "mutation($id: ID!) { deactivatePerson(personId: $id) { id status } }";
    private const string ChangeRole = "mutation($id: ID!, $role: Role!) { changeRole(personId: $id, role: $role) { id role } }";
    private const string Scope = "mutation($id: ID!, $clients: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $clients) { id clientScope } }";
    private const string Submit = "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }";
    private const string RequestCount = "{ requests { totalCount } }";

    [Fact]
    public async Task Deactivating_someone_ends_every_session_of_theirs_at_once()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync();

        var deactivated = (await app.Host.GraphQLAsync(Deactivate, new { id = member.PersonId }, admin)).Data("deactivatePerson");

        Assert.Equal("DEACTIVATED", deactivated.GetProperty("status").GetString());
        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync(Me, signedIn: member)).SingleError().Code());
        var refresh = await app.Host.GraphQLAsync("mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }", new { t = member.RefreshToken });
        Assert.Equal("SESSION_ENDED", refresh.SingleError().Extension("reason"));
        var signIn = await app.Host.GraphQLAsync(Identities.SignIn, new { input = new { email = member.Email, password = Identities.Password } });
        Assert.Equal("UNAUTHENTICATED", signIn.SingleError().Code());
    }

    [Fact]
    public async Task A_client_admin_deactivates_a_member_of_their_organisation()
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);
        var member = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);

        (await app.Host.GraphQLAsync(Deactivate, new { id = member.PersonId }, clientAdmin)).Data("deactivatePerson");

        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync(Me, signedIn: member)).SingleError().Code());
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientMember)]
    public async Task Only_administrators_and_client_admins_deactivate(Role role)
    {
        var scene = await app.RoleSceneAsync(role);
        var target = await app.InvitedAndSignedInAsync(scene.Admin, Role.ClientMember, scene.ClientId);

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Deactivate, new { id = target.PersonId }, scene.Person));
    }

    [Fact]
    public async Task A_new_role_applies_to_the_sessions_already_open()
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);
        var dana = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);
        (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Admin's own request" } }, clientAdmin)).Data("submitRequest");

        (await app.Host.GraphQLAsync(ChangeRole, new { id = dana.PersonId, role = "CLIENT_ADMIN" }, clientAdmin)).Data("changeRole");

        Assert.Equal("CLIENT_ADMIN", (await app.Host.GraphQLAsync(Me, signedIn: dana)).Data("me").GetProperty("role").GetString());
        Assert.Equal(1, (await app.Host.GraphQLAsync(RequestCount, signedIn: dana)).Data("requests").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_client_admin_cannot_make_anyone_staff()
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);
        var dana = await app.InvitedAndSignedInAsync(clientAdmin, Role.ClientMember, null);

        var response = await app.Host.GraphQLAsync(ChangeRole, new { id = dana.PersonId, role = "ADMIN" }, clientAdmin);

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }

    [Fact]
    public async Task An_account_manager_scoped_to_a_book_of_clients_sees_only_those()
    {
        var admin = await app.SharedAdministratorAsync();
        var acme = await app.ClientOrganisationAsync(admin, "Acme Corp");
        var globex = await app.ClientOrganisationAsync(admin, "Globex");
        var acmeUser = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, acme);
        var globexUser = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, globex);
        (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Acme printer" } }, acmeUser)).Data("submitRequest");
        var globexRequest = (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Globex server" } }, globexUser))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString();
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);

        var scoped = (await app.Host.GraphQLAsync(Scope, new { id = manager.PersonId, clients = new[] { acme } }, admin)).Data("scopeStaffToClients");

        Assert.Equal([acme], scoped.GetProperty("clientScope").EnumerateArray().Select(id => id.GetGuid()));
        var titles = (await app.Host.GraphQLAsync("{ requests(first: 100) { edges { node { title clientId } } } }", signedIn: manager)).Data("requests")
            .GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("clientId").GetGuid()).Distinct();
        Assert.Equal([acme], titles);
        Assert.Equal("NOT_FOUND", (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { id } }", new { id = globexRequest }, manager)).SingleError().Code());
        Assert.Equal("NOT_FOUND", (await app.Host.GraphQLAsync(Submit, new { input = new { title = "Sneaky", clientId = globex } }, manager)).SingleError().Code());
    }

    [Fact]
    public async Task Scoping_to_an_unknown_client_is_refused()
    {
        var admin = await app.SharedAdministratorAsync();
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);

        var response = await app.Host.GraphQLAsync(Scope, new { id = manager.PersonId, clients = new[] { Guid.NewGuid() } }, admin);

        Assert.Equal("NOT_FOUND", response.SingleError().Code());
    }
}
