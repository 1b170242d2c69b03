namespace Milestone.Api.Tests.People;

/// <summary>
/// The key cases of the cross-client matrix: an agent or a client user of Acme sends, as their own
/// idempotency key, a key or an id of Globex's. Nothing of Globex's changes, appears or disappears, and
/// Globex's own later writes under the same key are theirs alone.
/// </summary>
[Collection(Collections.People)]
public sealed class CrossClientKeyTests(MilestoneApp app) : IAsyncLifetime
{
    private const string Log = """
        mutation($r: ID!, $m: Int!, $d: DateOnly!, $note: String, $key: String) {
          logWork(requestId: $r, minutes: $m, workDate: $d, note: $note, idempotencyKey: $key) { id minutes note }
        }
        """;

    private const string Correct = "mutation($r: ID!, $w: ID!, $d: DateOnly!) { correctWorklog(requestId: $r, worklogId: $w, minutes: 5, workDate: $d, billable: true, note: \"Taken over\") { id } }";

    private const string Delete = "mutation($r: ID!, $w: ID!) { deleteWorklog(requestId: $r, worklogId: $w) { id } }";

    private const string Post = "mutation($r: ID!, $body: String!, $key: String) { postMessage(requestId: $r, body: $body, idempotencyKey: $key) { id body } }";

    private const string Worklogs = "query($id: ID!) { request(id: $id) { loggedMinutes worklogs { id minutes note } } }";

    private SignedIn _globexAgent = null!;
    private SignedIn _acmeAgent = null!;
    private SignedIn _globexMember = null!;
    private SignedIn _acmeMember = null!;
    private string _globexRequest = null!;
    private string _acmeRequest = null!;
    private Guid _globex;

    public async Task InitializeAsync()
    {
        var admin = await app.SharedAdministratorAsync();
        _globex = await app.ClientOrganisationAsync(admin, "Globex");
        var acme = await app.ClientOrganisationAsync(admin, "Acme Corp");
        _globexAgent = await ScopedAgentAsync(admin, _globex);
        _acmeAgent = await ScopedAgentAsync(admin, acme);
        _globexMember = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, _globex);
        _acmeMember = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, acme);
        _globexRequest = await SubmitAsync(_globexMember);
        _acmeRequest = await SubmitAsync(_acmeMember);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_clients_worklog_id_as_a_key_neither_changes_nor_hides_that_worklog()
    {
        var theirs = await LogAsync(_globexAgent, _globexRequest, 45, "Replaced the fuser", Guid.NewGuid().ToString());

        var mine = await LogAsync(_acmeAgent, _acmeRequest, 30, "Mine", theirs);
        (await app.Host.GraphQLAsync(Correct, new { r = _acmeRequest, w = mine, d = app.Today() }, _acmeAgent)).Data("correctWorklog");
        (await app.Host.GraphQLAsync(Delete, new { r = _acmeRequest, w = mine }, _acmeAgent)).Data("deleteWorklog");

        Assert.NotEqual(theirs, mine);
        var globex = await RequestAsync(_globexAgent, _globexRequest);
        Assert.Equal(45, globex.GetProperty("loggedMinutes").GetInt32());
        var worklog = Assert.Single(globex.GetProperty("worklogs").EnumerateArray());
        Assert.Equal((theirs, 45, "Replaced the fuser"), (worklog.GetProperty("id").GetString(), worklog.GetProperty("minutes").GetInt32(), worklog.GetProperty("note").GetString()));
        Assert.Equal(45, await LoggedInInsightsAsync());
    }

    [Fact]
    public async Task A_key_used_first_by_another_client_leaves_a_later_worklog_visible_and_correctable()
    {
        var key = Guid.NewGuid().ToString();
        await LogAsync(_acmeAgent, _acmeRequest, 30, "First with this key", key);

        var theirs = await LogAsync(_globexAgent, _globexRequest, 90, "Later, same key", key);
        (await app.Host.GraphQLAsync(Correct, new { r = _globexRequest, w = theirs, d = app.Today() }, _globexAgent)).Data("correctWorklog");

        var worklog = Assert.Single((await RequestAsync(_globexAgent, _globexRequest)).GetProperty("worklogs").EnumerateArray(),
            candidate => candidate.GetProperty("id").GetString() == theirs);
        Assert.Equal(5, worklog.GetProperty("minutes").GetInt32());
    }

    [Fact]
    public async Task Another_clients_worklog_cannot_be_reached_through_ones_own_request()
    {
        var theirs = await LogAsync(_globexAgent, _globexRequest, 15, "Theirs", Guid.NewGuid().ToString());

        var corrected = await app.Host.GraphQLAsync(Correct, new { r = _acmeRequest, w = theirs, d = app.Today() }, _acmeAgent);
        var deleted = await app.Host.GraphQLAsync(Delete, new { r = _acmeRequest, w = theirs }, _acmeAgent);

        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (corrected.SingleError().Code(), deleted.SingleError().Code()));
    }

    [Fact]
    public async Task Another_clients_message_id_as_a_key_tells_nothing_and_a_shared_key_hides_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var theirs = (await app.Host.GraphQLAsync(Post, new { r = _globexRequest, body = "Globex secret", key }, _globexMember)).Data("postMessage");
        var theirId = theirs.GetProperty("id").GetString()!;

        var underTheirId = (await app.Host.GraphQLAsync(Post, new { r = _acmeRequest, body = "Probe", key = theirId }, _acmeMember)).Data("postMessage");
        var underAFreshKey = (await app.Host.GraphQLAsync(Post, new { r = _acmeRequest, body = "Probe", key = Guid.NewGuid().ToString() }, _acmeMember)).Data("postMessage");
        var underTheirKey = (await app.Host.GraphQLAsync(Post, new { r = _acmeRequest, body = "Same key", key }, _acmeMember)).Data("postMessage");

        Assert.Equal("Probe", underTheirId.GetProperty("body").GetString());
        Assert.Equal(underAFreshKey.GetProperty("body").GetString(), underTheirId.GetProperty("body").GetString());
        Assert.DoesNotContain(theirId, new[] { underTheirId, underAFreshKey, underTheirKey }.Select(message => message.GetProperty("id").GetString()));
        var globexMessages = (await app.Host.GraphQLAsync("query($id: ID!) { requestMessages(requestId: $id) { id body } }", new { id = _globexRequest }, _globexMember))
            .Data("requestMessages");
        Assert.Equal(("Globex secret", theirId), (Assert.Single(globexMessages.EnumerateArray()).GetProperty("body").GetString(), globexMessages[0].GetProperty("id").GetString()));
    }

    private async Task<SignedIn> ScopedAgentAsync(SignedIn admin, Guid client)
    {
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        (await app.Host.GraphQLAsync("mutation($id: ID!, $c: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $c) { id } }",
            new { id = agent.PersonId, c = new[] { client } }, admin)).Data("scopeStaffToClients");
        return agent;
    }

    private async Task<string> SubmitAsync(SignedIn member) =>
        (await app.Host.GraphQLAsync("mutation { submitRequest(input: {title: \"Printer jams\"}) { request { id } } }", signedIn: member))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

    private async Task<string> LogAsync(SignedIn agent, string requestId, int minutes, string note, string key) =>
        (await app.Host.GraphQLAsync(Log, new { r = requestId, m = minutes, d = app.Today(), note, key }, agent)).Data("logWork").GetProperty("id").GetString()!;

    private async Task<JsonElement> RequestAsync(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(Worklogs, new { id = requestId }, who)).Data("request");

    private async Task<int> LoggedInInsightsAsync()
    {
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var today = app.Today();
        return (await app.Host.GraphQLAsync(
                "query($c: ID!, $from: DateOnly!, $to: DateOnly!) { insights(clientId: $c, from: $from, to: $to) { hours { loggedMinutes } } }",
                new { c = _globex, from = today.AddDays(-1), to = today.AddDays(1) }, _globexAgent))
            .Data("insights").GetProperty("hours").GetProperty("loggedMinutes").GetInt32();
    }
}
