namespace Milestone.Api.Tests.PortalLinks;

/// <summary>Sign-up links made, listed and revoked through GraphQL; each test with a client of its own.</summary>
[Collection(Collections.People)]
public sealed class MakingPortalLinksTests(MilestoneApp app)
{
    private const string Create = """
        mutation($input: CreatePortalLinkInput!) {
          createPortalLink(input: $input) { url link { id clientId role allowedDomains expiresAt maximumSignUps signUps opens creator { name } } }
        }
        """;

    private const string Revoke = "mutation($id: ID!) { revokePortalLink(id: $id) { id opens revokedAt } }";

    private const string List = "query($clientId: ID!) { portalLinks(clientId: $clientId) { id opens } }";

    [Fact]
    public async Task An_administrator_makes_a_link_limited_to_a_domain_and_finds_it_listed_under_the_client()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Portal Link Made");
        var expiresAt = app.Clock.GetUtcNow().AddDays(30);

        var created = (await app.Host.GraphQLAsync(
            Create, new { input = new { clientId = member.ClientId, allowedDomains = new[] { "Acme.test" }, expiresAt, maximumSignUps = 25 } }, admin)).Data("createPortalLink");
        var link = created.GetProperty("link");

        Assert.StartsWith("http://localhost:5080/sign-up?token=", created.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(("CLIENT_MEMBER", "acme.test", 25, 0, true), (
            link.GetProperty("role").GetString(),
            link.GetProperty("allowedDomains")[0].GetString(),
            link.GetProperty("maximumSignUps").GetInt32(),
            link.GetProperty("signUps").GetInt32(),
            link.GetProperty("opens").GetBoolean()));
        Assert.Equal(expiresAt, link.GetProperty("expiresAt").GetDateTimeOffset());
        var listed = (await app.Host.GraphQLAsync(List, new { clientId = member.ClientId }, admin)).Data("portalLinks");
        Assert.Equal([link.GetProperty("id").GetString()], listed.EnumerateArray().Select(listedLink => listedLink.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Only_the_token_s_hash_is_stored()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Portal Link Hashed");

        var url = (await app.Host.GraphQLAsync(Create, new { input = new { clientId = member.ClientId } }, admin)).Data("createPortalLink").GetProperty("url").GetString()!;

        var token = Uri.UnescapeDataString(url.Split("token=")[1]);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from milestone.mt_events where data::text like @token or headers::text like @token", connection);
        command.Parameters.AddWithValue("token", $"%{token}%");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_revoked_link_no_longer_opens_and_revoking_again_changes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Portal Link Revoked");
        var id = (await app.Host.GraphQLAsync(Create, new { input = new { clientId = member.ClientId } }, admin)).Data("createPortalLink").GetProperty("link").GetProperty("id").GetString();

        var revoked = (await app.Host.GraphQLAsync(Revoke, new { id }, admin)).Data("revokePortalLink");
        var again = (await app.Host.GraphQLAsync(Revoke, new { id }, admin)).Data("revokePortalLink");

        Assert.False(revoked.GetProperty("opens").GetBoolean());
        Assert.Equal(revoked.GetProperty("revokedAt").GetString(), again.GetProperty("revokedAt").GetString());
    }

    [Fact]
    public async Task An_account_manager_scoped_to_another_client_finds_neither_the_client_nor_its_links()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Portal Link Elsewhere");
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        var otherClient = await app.ClientOrganisationAsync(admin);
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $clients: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $clients) { id } }", new { id = manager.PersonId, clients = new[] { otherClient } }, admin))
            .Data("scopeStaffToClients");
        var id = (await app.Host.GraphQLAsync(Create, new { input = new { clientId = member.ClientId } }, admin)).Data("createPortalLink").GetProperty("link").GetProperty("id").GetString();

        var create = await app.Host.GraphQLAsync(Create, new { input = new { clientId = member.ClientId } }, manager);
        var list = await app.Host.GraphQLAsync(List, new { clientId = member.ClientId }, manager);
        var revoke = await app.Host.GraphQLAsync(Revoke, new { id }, manager);
        var unknown = await app.Host.GraphQLAsync(Revoke, new { id = Guid.NewGuid() }, admin);

        Assert.Equal([ErrorCodes.NotFound, ErrorCodes.NotFound, ErrorCodes.NotFound], new[] { create, list, revoke }.Select(answer => answer.SingleError().Code()));
        Assert.Equal(unknown.SingleError().GetProperty("message").GetString(), revoke.SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task Client_users_neither_make_nor_list_links_and_account_managers_make_no_staff_links()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Portal Link Asker");
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Create, new { input = new { clientId = clientAdmin.ClientId } }, clientAdmin));
        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Create, new { input = new { role = "AGENT" } }, manager));
        Assert.Equal(ErrorCodes.Forbidden, (await app.Host.GraphQLAsync(List, new { clientId = clientAdmin.ClientId }, clientAdmin)).SingleError().Code());
        Assert.Equal(ErrorCodes.Forbidden, (await app.Host.GraphQLAsync("{ staffSignUpLinks { id } }", signedIn: manager)).SingleError().Code());
    }

    [Fact]
    public async Task An_administrator_makes_a_staff_sign_up_link_for_agents_and_never_for_administrators()
    {
        var admin = await app.SharedAdministratorAsync();

        var created = (await app.Host.GraphQLAsync(Create, new { input = new { } }, admin)).Data("createPortalLink").GetProperty("link");
        var forAdmins = await app.Host.GraphQLAsync(Create, new { input = new { role = "ADMIN" } }, admin);

        Assert.Equal(("AGENT", JsonValueKind.Null), (created.GetProperty("role").GetString(), created.GetProperty("clientId").ValueKind));
        Assert.Contains(created.GetProperty("id").GetString(), (await app.Host.GraphQLAsync("{ staffSignUpLinks { id } }", signedIn: admin)).Data("staffSignUpLinks")
            .EnumerateArray().Select(link => link.GetProperty("id").GetString()));
        Assert.Equal(("VALIDATION", "role"), (forAdmins.SingleError().Code(), forAdmins.SingleError().Extension("field")));
    }
}
