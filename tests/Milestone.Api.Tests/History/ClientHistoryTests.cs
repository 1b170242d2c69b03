namespace Milestone.Api.Tests.History;

/// <summary>
/// What a client user's numbers tell: their request's version and history count only what they can see,
/// so an internal note shows neither as a jump nor as a gap, and nothing tells how busy other clients are.
/// </summary>
[Collection(Collections.Conversation)]
public sealed class ClientHistoryTests(MilestoneApp app)
{
    private const string History = "query($id: ID!) { requestHistory(id: $id) { sequence version type data } }";

    private const string Version = "query($id: ID!) { request(id: $id) { version } }";

    [Fact]
    public async Task An_internal_note_moves_neither_the_clients_version_nor_their_history()
    {
        var (member, agent, requestId) = await app.SubmittedAsync();
        var before = await VersionAsync(member, requestId);

        await NoteAsync(agent, requestId, "Internal: the client's printer is out of warranty");

        Assert.Equal(before, await VersionAsync(member, requestId));
        Assert.Equal(before + 1, await VersionAsync(agent, requestId));
        var history = await HistoryAsync(member, requestId);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(ordinal => (long)ordinal), history.Select(recorded => recorded.GetProperty("version").GetInt64()));
        Assert.Equal(before, history.Count);
    }

    [Fact]
    public async Task Clients_see_no_position_in_the_whole_store_and_staff_do()
    {
        var (member, agent, requestId) = await app.SubmittedAsync();

        Assert.All(await HistoryAsync(member, requestId), recorded => Assert.Equal(JsonValueKind.Null, recorded.GetProperty("sequence").ValueKind));
        Assert.All(await HistoryAsync(agent, requestId), recorded => Assert.True(recorded.GetProperty("sequence").GetInt64() > 0));
    }

    [Fact]
    public async Task A_client_who_has_seen_everything_they_can_see_changes_the_request_despite_a_newer_internal_note()
    {
        var (member, agent, requestId) = await app.SubmittedAsync();
        var seen = await VersionAsync(member, requestId);
        await NoteAsync(agent, requestId, "Internal: chase the vendor");

        var cancelled = await app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!) { cancelRequest(requestId: $id, version: $v, reason: \"Fixed itself\") { status version } }",
            new { id = requestId, v = seen }, member);

        Assert.Equal(("CANCELLED", seen + 1), (cancelled.Data("cancelRequest").GetProperty("status").GetString(), cancelled.Data("cancelRequest").GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_client_with_an_old_version_is_told_their_current_one()
    {
        var (member, agent, requestId) = await app.SubmittedAsync();
        var seen = await VersionAsync(member, requestId);
        await app.Host.GraphQLAsync("mutation($id: ID!) { startWork(requestId: $id, version: 1) { id } }", new { id = requestId }, agent);
        await NoteAsync(agent, requestId, "Internal: chase the vendor");

        var stale = await app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!) { cancelRequest(requestId: $id, version: $v, reason: \"Fixed itself\") { id } }", new { id = requestId, v = seen }, member);

        Assert.Equal("CONFLICT", stale.SingleError().Code());
        Assert.Equal(seen + 1, stale.SingleError().GetProperty("extensions").GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Clients_see_the_time_logged_on_their_request_but_not_what_the_agent_wrote()
    {
        var (member, agent, requestId) = await app.SubmittedAsync();
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $d: DateOnly!) { logWork(requestId: $id, minutes: 45, workDate: $d, note: \"Client keeps unplugging it\") { id } }",
            new { id = requestId, d = app.Today() }, agent)).Data("logWork");

        var logged = Assert.Single(await HistoryAsync(member, requestId), recorded => recorded.GetProperty("type").GetString() == "WorkLogged").GetProperty("data");
        var staffView = Assert.Single(await HistoryAsync(agent, requestId), recorded => recorded.GetProperty("type").GetString() == "WorkLogged").GetProperty("data");

        Assert.Equal(45, logged.GetProperty("minutes").GetInt32());
        Assert.False(logged.TryGetProperty("note", out _));
        Assert.Equal("Client keeps unplugging it", staffView.GetProperty("note").GetString());
    }

    private async Task NoteAsync(SignedIn agent, string requestId, string body) =>
        (await app.Host.GraphQLAsync("mutation($id: ID!, $b: String!) { postMessage(requestId: $id, body: $b, internal: true) { id } }",
            new { id = requestId, b = body }, agent)).Data("postMessage");

    private async Task<int> VersionAsync(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(Version, new { id = requestId }, who)).Data("request").GetProperty("version").GetInt32();

    private async Task<List<JsonElement>> HistoryAsync(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(History, new { id = requestId }, who)).Data("requestHistory").EnumerateArray().ToList();
}
