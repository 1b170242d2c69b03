namespace Milestone.Api.Tests.Activity;

[Collection(Collections.Conversation)]
public sealed class ActivityFeedTests(MilestoneApp app)
{
    private const string Feed = "query($first: Int, $before: DateTimeOffset) { activity(first: $first, before: $before) { kind requestId actorId at detail } }";

    [Fact]
    public async Task The_client_follows_what_happened_newest_first_without_internal_notes()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var clientAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var id = (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "VPN drops" } }, clientAdmin))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString();
        await Step(agent, $"startWork(requestId: \"{id}\", version: 1) {{ id }}");
        await Step(agent, $"postMessage(requestId: \"{id}\", body: \"Escalating to networks\", internal: true) {{ id }}");
        await Step(agent, $"postMessage(requestId: \"{id}\", body: \"Which office?\") {{ id }}");
        await Step(agent, $"completeRequest(requestId: \"{id}\", version: 4) {{ id }}");

        var feed = (await app.Host.GraphQLAsync(Feed, new { first = 10 }, clientAdmin)).Data("activity").EnumerateArray().ToList();
        var older = (await app.Host.GraphQLAsync(Feed, new { first = 10, before = feed[1].GetProperty("at").GetDateTimeOffset() }, clientAdmin))
            .Data("activity").EnumerateArray().ToList();

        Assert.Equal(["COMPLETED", "REPLIED", "WORK_STARTED", "SUBMITTED"], feed.Select(entry => entry.GetProperty("kind").GetString()));
        Assert.Equal("VPN drops", feed[^1].GetProperty("detail").GetString());
        Assert.Equal(agent.PersonId, feed[0].GetProperty("actorId").GetGuid());
        Assert.Equal(["WORK_STARTED", "SUBMITTED"], older.Select(entry => entry.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Another_clients_activity_never_shows()
    {
        var acme = await app.ClientUserAsync(Role.ClientAdmin, "Acme Corp");
        var globex = await app.ClientUserAsync(Role.ClientAdmin, "Globex");
        await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Globex secret" } }, globex);

        var feed = (await app.Host.GraphQLAsync(Feed, new { first = 100 }, acme)).Data("activity");

        Assert.DoesNotContain("Globex secret", feed.ToString());
    }

    [Fact]
    public async Task A_member_follows_only_their_own_and_shared_requests_and_a_scoped_agent_only_their_clients()
    {
        var admin = await app.SharedAdministratorAsync();
        var acme = await app.ClientOrganisationAsync(admin);
        var globex = await app.ClientOrganisationAsync(admin, "Globex");
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, acme);
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, acme);
        var globexAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, globex);
        var acmeAgent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        (await app.Host.GraphQLAsync("mutation($id: ID!, $c: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $c) { id } }",
            new { id = acmeAgent.PersonId, c = new[] { acme } }, admin)).Data("scopeStaffToClients");

        await SubmitAsync(member, "Own laptop");
        await SubmitAsync(colleague, "Colleague's printer");
        var shared = await SubmitAsync(colleague, "Shared VPN");
        await Step(colleague, $"shareRequest(requestId: \"{shared}\", version: 1, personId: \"{member.PersonId}\") {{ id }}");
        await SubmitAsync(globexAdmin, "Globex server");

        Assert.Equal(["Own laptop", "Shared VPN"], await SubmittedTitlesAsync(member));
        Assert.Equal(["Colleague's printer", "Own laptop", "Shared VPN"], await SubmittedTitlesAsync(acmeAgent));
    }

    private async Task<string> SubmitAsync(SignedIn who, string title)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        return (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title } }, who))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;
    }

    private async Task<string[]> SubmittedTitlesAsync(SignedIn who) =>
    [
        .. (await app.Host.GraphQLAsync(Feed, new { first = 100 }, who)).Data("activity").EnumerateArray()
            .Where(entry => entry.GetProperty("kind").GetString() == "SUBMITTED")
            .Select(entry => entry.GetProperty("detail").GetString()!)
            .Order(StringComparer.Ordinal),
    ];

    private async Task Step(SignedIn who, string call)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var response = await app.Host.GraphQLAsync($"mutation {{ {call} }}", signedIn: who);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }
}
