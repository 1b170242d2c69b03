using static Milestone.Api.Tests.Requests.RequestPages;

namespace Milestone.Api.Tests.Requests;

/// <summary>Five requests of one client, a second apart and of several urgencies, paged backwards with last and before as Relay's spec has it.</summary>
[Collection(Collections.Requests)]
public sealed class BackwardPagingTests(MilestoneApp app) : IAsyncLifetime
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String, $sort: RequestSort) {
          requests(first: $first, after: $after, last: $last, before: $before, sort: $sort) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { title } }
          }
        }
        """;

    private SignedIn _client = null!;

    public async Task InitializeAsync()
    {
        _client = await app.ClientUserAsync(Role.ClientAdmin);
        foreach (var (title, urgency) in new[] { ("One", "LOW"), ("Two", "CRITICAL"), ("Three", "NORMAL"), ("Four", "HIGH"), ("Five", "LOW") })
        {
            // Request ids are minted from the submission time, which orders the newest first.
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            (await app.Host.GraphQLAsync(
                "mutation($title: String!, $urgency: Urgency) { submitRequest(input: {title: $title, urgency: $urgency}) { request { id } } }",
                new { title, urgency }, _client)).Data("submitRequest");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Last_alone_is_the_end_of_the_list_in_the_same_order_with_more_before_it()
    {
        var page = await PageAsync(new { last = 2 });

        Assert.Equal(["Two", "One"], Titles(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("MOST_URGENT")]
    [InlineData("RECENTLY_UPDATED")]
    public async Task Paging_backwards_from_the_end_shows_what_paging_forwards_shows(string sort)
    {
        var forwards = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            page = await PageAsync(new { first = 2, after, sort });
            forwards.AddRange(Titles(page));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var backwards = new List<string>();
        string? before = null;
        do
        {
            page = await PageAsync(new { last = 2, before, sort });
            backwards.InsertRange(0, Titles(page));
            Assert.Equal(before is not null, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(5, forwards.Count);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_on_both_sides()
    {
        var all = (await PageAsync(new { first = 5 })).GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("cursor").GetString()).ToList();

        var between = await PageAsync(new { first = 5, after = all[0], before = all[3] });
        var lastBetween = await PageAsync(new { last = 1, after = all[0], before = all[3] });

        Assert.Equal(["Four", "Three"], Titles(between));
        Assert.Equal(["Three"], Titles(lastBetween));
        Assert.True(lastBetween.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var response = await app.Host.GraphQLAsync(Page, new { first = 2, last = 2 }, _client);

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("last", response.SingleError().Extension("field"));
    }

    private async Task<JsonElement> PageAsync(object variables) => (await app.Host.GraphQLAsync(Page, variables, _client)).Data("requests");
}
