namespace Milestone.Api.Tests.Requests;

/// <summary>
/// Fifty-three requests assigned to two agents: two submitted by Carol of Acme, one by her colleague Dan, and
/// fifty by an administrator for fifty clients. The queue shows each request's client, submitter and assignee
/// without a query per row, and Carol following those links meets the MSP's staff by name only.
/// </summary>
[Collection(Collections.Requests)]
public sealed class LinkedObjectsTests(MilestoneApp app) : IAsyncLifetime
{
    private const string QueueWithLinks = """
        query Queue($first: Int) {
          requests(first: $first) {
            edges { node { id client { name } submitter { name } assignee { name } worklogs { id } } }
          }
        }
        """;

    private SignedIn _admin = null!;
    private SignedIn _carol = null!;
    private readonly List<SignedIn> _agents = [];
    private readonly List<Guid> _carolsRequests = [];

    public async Task InitializeAsync()
    {
        _admin = await app.SharedAdministratorAsync();
        foreach (var name in new[] { "Alice Agent", "Bob Agent" })
        {
            _agents.Add(await app.InvitedAndSignedInAsync(_admin, Role.Agent, null, name));
        }

        var acme = await app.ClientOrganisationAsync(_admin, "Acme Corp");
        _carol = await app.InvitedAndSignedInAsync(_admin, Role.ClientMember, acme, "Carol Client");
        var dan = await app.InvitedAndSignedInAsync(_admin, Role.ClientMember, acme, "Dan Client");
        _carolsRequests.Add(await SubmittedAndAssignedAsync(_carol, null, _agents[0]));
        await SubmittedAndAssignedAsync(dan, null, _agents[0]);
        _carolsRequests.Add(await SubmittedAndAssignedAsync(_carol, null, _agents[0]));

        // The newest fifty requests are each of a client of their own, so a query per row could not hide behind a few repeated ids.
        for (var i = 0; i < 50; i++)
        {
            await SubmittedAndAssignedAsync(_admin, await app.ClientOrganisationAsync(_admin, $"Client {i:00}"), _agents[i % 2]);
        }
    }

    private async Task<Guid> SubmittedAndAssignedAsync(SignedIn submitter, Guid? clientId, SignedIn agent)
    {
        // Request ids are minted from the submission time, and the queue shows the newest first.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var submitted = await app.Host.GraphQLAsync(
            "mutation($clientId: ID) { submitRequest(input: {title: \"Printer jams\", clientId: $clientId}) { request { id } } }", new { clientId }, submitter);
        var id = submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetGuid();
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $agent: ID!) { assignRequest(requestId: $id, version: 1, assigneeId: $agent) { id } }", new { id, agent = agent.PersonId }, _admin))
            .Data("assignRequest");
        return id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_page_of_fifty_with_its_links_costs_as_many_sql_commands_as_a_page_of_five()
    {
        var (five, commandsForFive) = await app.Host.GraphQLCountingSqlAsync(QueueWithLinks, new { first = 5 }, _admin);
        var (fifty, commandsForFifty) = await app.Host.GraphQLCountingSqlAsync(QueueWithLinks, new { first = 50 }, _admin);

        Assert.Equal(5, Nodes(five).Count);
        Assert.Equal(50, Nodes(fifty).Count);
        Assert.All(Nodes(fifty), node =>
        {
            Assert.StartsWith("Client ", node.GetProperty("client").GetProperty("name").GetString());
            Assert.Equal("Ada Admin", node.GetProperty("submitter").GetProperty("name").GetString());
            Assert.EndsWith("Agent", node.GetProperty("assignee").GetProperty("name").GetString());
        });
        Assert.Equal(50, Nodes(fifty).Select(node => node.GetProperty("client").GetProperty("name").GetString()).Distinct().Count());
        Assert.InRange(commandsForFive, 1, 20);
        Assert.Equal(commandsForFive, commandsForFifty);
    }

    [Fact]
    public async Task A_client_user_following_links_sees_their_own_people_in_full_and_staff_by_name_only()
    {
        var carol = _carol;
        var page = await app.Host.GraphQLAsync("""
            {
              requests(first: 20) {
                edges { node {
                  client { name }
                  submitter { __typename id name ... on Person { email } }
                  assignee { __typename id name ... on Person { email role } }
                } }
              }
            }
            """, signedIn: carol);

        var nodes = Nodes(page);
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, node =>
        {
            Assert.Equal("Acme Corp", node.GetProperty("client").GetProperty("name").GetString());
            Assert.Equal("Person", node.GetProperty("submitter").GetProperty("__typename").GetString());
            Assert.Equal(carol.Email, node.GetProperty("submitter").GetProperty("email").GetString());
            var assignee = node.GetProperty("assignee");
            Assert.Equal("StaffMember", assignee.GetProperty("__typename").GetString());
            Assert.Equal("Alice Agent", assignee.GetProperty("name").GetString());
            Assert.False(assignee.TryGetProperty("email", out _));
            Assert.False(assignee.TryGetProperty("role", out _));
        });
    }

    [Fact]
    public async Task A_client_user_meets_the_staff_who_acted_on_their_request_by_name_only_and_cannot_look_them_up()
    {
        var carol = _carol;
        var history = await app.Host.GraphQLAsync(
            "query($id: ID!) { requestHistory(id: $id) { type actor { __typename name ... on Person { email } } } }", new { id = _carolsRequests[0] }, carol);
        var agent = await app.Host.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = _agents[0].PersonId }, carol);

        var actors = history.Data("requestHistory").EnumerateArray().ToDictionary(recorded => recorded.GetProperty("type").GetString()!, recorded => recorded.GetProperty("actor"));
        Assert.Equal("Person", actors["RequestSubmitted"].GetProperty("__typename").GetString());
        Assert.Equal(carol.Email, actors["RequestSubmitted"].GetProperty("email").GetString());
        Assert.Equal("StaffMember", actors["RequestAssigned"].GetProperty("__typename").GetString());
        Assert.Equal("Ada Admin", actors["RequestAssigned"].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, agent.Data("node").ValueKind);
    }

    [Fact]
    public async Task Node_finds_each_kind_by_its_bare_id_and_nodes_answers_in_order_with_null_for_what_is_not_there()
    {
        var request = _carolsRequests[0];
        var message = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { postMessage(requestId: $id, body: \"On it\") { id } }", new { id = request }, _agents[0])).Data("postMessage").GetProperty("id").GetString();
        var worklog = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { logWork(requestId: $id, minutes: 30, workDate: \"2026-11-02\") { id } }", new { id = request }, _agents[0])).Data("logWork").GetProperty("id").GetString();
        var team = (await app.Host.GraphQLAsync("mutation { createTeam(name: \"Service desk\") { id } }", signedIn: _admin)).Data("createTeam").GetProperty("id").GetString();
        var client = (await app.Host.GraphQLAsync("{ clientOrganisations { id } }", signedIn: _admin)).Data("clientOrganisations")[0].GetProperty("id").GetString();
        string?[] ids = [request.ToString(), message, worklog, _agents[0].PersonId.ToString(), client, team, Guid.NewGuid().ToString(), "not-a-uuid"];

        var found = await app.Host.GraphQLAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids }, _admin);
        var single = await app.Host.GraphQLAsync("query($id: ID!) { node(id: $id) { __typename ... on Message { author { name } } } }", new { id = message }, _admin);

        Assert.Equal(
            ["Request", "Message", "Worklog", "Person", "ClientOrganisation", "Team", null, null],
            found.Data("nodes").EnumerateArray().Select(node => node.ValueKind == JsonValueKind.Null ? null : node.GetProperty("__typename").GetString()));
        Assert.Equal(ids.Take(6), found.Data("nodes").EnumerateArray().Take(6).Select(node => node.GetProperty("id").GetString()));
        Assert.Equal("Alice Agent", single.Data("node").GetProperty("author").GetProperty("name").GetString());
    }

    private static List<JsonElement> Nodes(JsonElement response) =>
        [.. response.Data("requests").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node"))];
}
