using static Milestone.Api.Tests.Requests.RequestPages;

namespace Milestone.Api.Tests.Requests;

[Collection(Collections.Requests)]
public sealed class ListingRequestsTests(MilestoneApp app)
{
    [Fact]
    public async Task Pages_run_newest_first_and_follow_the_cursor_to_the_end()
    {
        var client = await app.ClientUserAsync();
        await SubmitInOrder(client, ("First", "LOW"), ("Second", "HIGH"), ("Third", "LOW"), ("Fourth", "CRITICAL"), ("Fifth", "LOW"));

        var firstPage = await Page(client, new { first = 2 });
        var secondPage = await Page(client, new { first = 2, after = EndCursor(firstPage) });
        var lastPage = await Page(client, new { first = 2, after = EndCursor(secondPage) });

        Assert.Equal(["Fifth", "Fourth"], Titles(firstPage));
        Assert.Equal(["Third", "Second"], Titles(secondPage));
        Assert.Equal(["First"], Titles(lastPage));
        Assert.True(firstPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(firstPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(secondPage.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(lastPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All([firstPage, secondPage, lastPage], page => Assert.Equal(5, page.GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task A_filter_on_urgency_keeps_only_those_urgencies()
    {
        var client = await app.ClientUserAsync();
        await SubmitInOrder(client, ("Backup failed", "CRITICAL"), ("New starter", "LOW"), ("VPN down", "HIGH"));

        var page = await Page(client, new { filter = new { urgency = new[] { "CRITICAL", "HIGH" } } });

        Assert.Equal(["VPN down", "Backup failed"], Titles(page));
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_filter_on_status_keeps_only_that_status()
    {
        var client = await app.ClientUserAsync();
        await SubmitInOrder(client, ("Backup failed", "CRITICAL"));

        var submitted = await Page(client, new { filter = new { status = new[] { "SUBMITTED" } } });
        var completed = await Page(client, new { filter = new { status = new[] { "COMPLETED" } } });

        Assert.Equal(["Backup failed"], Titles(submitted));
        Assert.Empty(Titles(completed));
    }

    [Fact]
    public async Task A_client_sees_only_its_own_requests()
    {
        var acme = await app.ClientUserAsync();
        var globex = await app.ClientUserAsync(clientName: "Globex");
        await SubmitInOrder(acme, ("Acme printer", "LOW"));
        await SubmitInOrder(globex, ("Globex server", "HIGH"));

        Assert.Equal(["Acme printer"], Titles(await Page(acme, new { })));
        Assert.Equal(["Globex server"], Titles(await Page(globex, new { })));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task A_page_size_outside_0_to_100_is_rejected(int first)
    {
        var response = await app.Host.GraphQLAsync(RequestDocuments.Page, new { first }, await app.ClientUserAsync());

        var error = response.SingleError();
        Assert.Equal("VALIDATION", error.Code());
        Assert.Equal("first", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_cursor_this_api_did_not_give_out_is_rejected()
    {
        var response = await app.Host.GraphQLAsync(RequestDocuments.Page, new { after = "not-a-cursor" }, await app.ClientUserAsync());

        var error = response.SingleError();
        Assert.Equal("VALIDATION", error.Code());
        Assert.Equal("after", error.GetProperty("extensions").GetProperty("field").GetString());
    }

    private async Task SubmitInOrder(SignedIn client, params (string Title, string Urgency)[] requests)
    {
        foreach (var (title, urgency) in requests)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title, urgency } }, client);
            response.Data("submitRequest");
        }
    }

    private async Task<JsonElement> Page(SignedIn client, object variables) =>
        (await app.Host.GraphQLAsync(RequestDocuments.Page, variables, client)).Data("requests");
}
