using static Milestone.Api.Tests.Requests.RequestPages;

namespace Milestone.Api.Tests.Requests;

[Collection(Collections.Requests)]
public sealed class UnifiedQueueTests(MilestoneApp app) : IAsyncLifetime
{
    private const string Queue = """
        query Queue($first: Int, $after: String, $filter: RequestFilter, $sort: RequestSort) {
          requests(first: $first, after: $after, filter: $filter, sort: $sort) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { title urgency portalStatus } }
          }
        }
        """;

    private SignedIn _agent = null!;
    private Guid _acme;
    private Guid _globex;

    public async Task InitializeAsync()
    {
        var admin = await app.SharedAdministratorAsync();
        _acme = await app.ClientOrganisationAsync(admin, "Acme Corp");
        _globex = await app.ClientOrganisationAsync(admin, "Globex");
        _agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var acmeUser = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, _acme);
        var globexUser = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, _globex);
        await Submit(acmeUser, "Printer jams on floor three", "LOW");
        await Submit(globexUser, "Backup job failed overnight", "CRITICAL");
        await Submit(acmeUser, "New laptop for the finance team", "NORMAL");
        var vpn = await Submit(globexUser, "VPN drops every hour", "HIGH");
        await Mutate($"assignRequest(requestId: \"{vpn}\", version: 1, assigneeId: \"{_agent.PersonId}\") {{ id }}");
        await Mutate($"categoriseRequest(requestId: \"{vpn}\", version: 2, category: \"Network\") {{ id }}");
        await Mutate($"startWork(requestId: \"{vpn}\", version: 3) {{ id }}");
        await Mutate($"waitOnClient(requestId: \"{vpn}\", version: 4, reason: \"Which office?\") {{ id }}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Most_urgent_first_page_by_page()
    {
        var first = await Page(new { first = 3, sort = "MOST_URGENT", filter = Mine() });
        var rest = await Page(new { first = 3, sort = "MOST_URGENT", filter = Mine(), after = EndCursor(first) });

        Assert.Equal(["Backup job failed overnight", "VPN drops every hour", "New laptop for the finance team"], Titles(first));
        Assert.Equal(["Printer jams on floor three"], Titles(rest));
    }

    [Fact]
    public async Task Recently_updated_first()
    {
        var page = await Page(new { first = 1, sort = "RECENTLY_UPDATED", filter = Mine() });

        Assert.Equal(["VPN drops every hour"], Titles(page));
    }

    [Fact]
    public async Task My_work_is_what_is_assigned_to_me_and_unassigned_is_the_rest()
    {
        var mine = await Page(new { filter = new { assigneeId = _agent.PersonId } });
        var unassigned = await Page(new { filter = new { unassigned = true, clientIds = Clients() } });

        Assert.Equal(["VPN drops every hour"], Titles(mine));
        Assert.Equal(3, unassigned.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Filters_by_client_category_and_words()
    {
        var acme = await Page(new { filter = new { clientIds = new[] { _acme } } });
        var network = await Page(new { filter = new { category = "Network", clientIds = Clients() } });
        var found = await Page(new { filter = new { search = "laptop finance", clientIds = Clients() } });

        Assert.Equal(["New laptop for the finance team", "Printer jams on floor three"], Titles(acme));
        Assert.Equal(["VPN drops every hour"], Titles(network));
        Assert.Equal(["New laptop for the finance team"], Titles(found));
    }

    [Fact]
    public async Task Counts_per_status_follow_the_filter()
    {
        var counts = (await app.Host.GraphQLAsync(
            "query($filter: RequestFilter) { requestStatusCounts(filter: $filter) { status count } }", new { filter = Mine() }, _agent))
            .Data("requestStatusCounts").EnumerateArray()
            .ToDictionary(count => count.GetProperty("status").GetString()!, count => count.GetProperty("count").GetInt32());

        Assert.Equal(3, counts["SUBMITTED"]);
        Assert.Equal(1, counts["WAITING_ON_CLIENT"]);
        Assert.Equal(0, counts["COMPLETED"]);
    }

    [Theory]
    [InlineData("requests(filter: $filter) { totalCount }", "search", 501)]
    [InlineData("requestStatusCounts(filter: $filter) { count }", "search", 240_000)]
    [InlineData("requestStatusCounts(filter: $filter) { count }", "category", 101)]
    public async Task A_search_or_category_longer_than_anyone_types_is_refused_by_name(string field, string filter, int length)
    {
        var tooLong = new Dictionary<string, object> { [filter] = new string('x', length) };

        var response = await app.Host.GraphQLAsync($"query($filter: RequestFilter) {{ {field} }}", new { filter = tooLong }, _agent);

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal(filter, response.SingleError().Extension("field"));
    }

    [Fact]
    public async Task The_client_sees_waiting_on_you()
    {
        var page = await Page(new { filter = new { category = "Network", clientIds = Clients() } });

        Assert.Equal("WAITING_ON_YOU", page.GetProperty("edges")[0].GetProperty("node").GetProperty("portalStatus").GetString());
    }

    [Fact]
    public async Task A_cursor_of_one_sort_order_is_refused_for_another()
    {
        var newest = await Page(new { first = 1, filter = Mine() });

        var response = await app.Host.GraphQLAsync(Queue, new { first = 1, sort = "MOST_URGENT", after = EndCursor(newest), filter = Mine() }, _agent);

        Assert.Equal("after", response.SingleError().Extension("field"));
    }

    private object Mine() => new { clientIds = Clients() };

    private Guid[] Clients() => [_acme, _globex];

    private async Task<string> Submit(SignedIn who, string title, string urgency)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title, urgency } }, who);
        return response.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;
    }

    private async Task Mutate(string call)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var response = await app.Host.GraphQLAsync($"mutation {{ {call} }}", signedIn: _agent);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }

    private async Task<JsonElement> Page(object variables) => (await app.Host.GraphQLAsync(Queue, variables, _agent)).Data("requests");
}
