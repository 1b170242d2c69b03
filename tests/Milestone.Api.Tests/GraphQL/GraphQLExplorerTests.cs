namespace Milestone.Api.Tests.GraphQL;

/// <summary>Production's default: no explorer.</summary>
public sealed class ExplorerOffApp : MilestoneApp
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Milestone:GraphQL:Explorer", "false")];
}

/// <summary>GraphiQL at /graphql for a browser (decision 0033), on in Development, every file of it served by the host.</summary>
[Collection(Collections.GraphQL)]
public sealed class GraphQLExplorerTests(MilestoneApp app)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/ui")]
    public async Task A_browser_gets_the_explorer_page_whose_files_the_host_serves(string path)
    {
        var page = await GetTextAsync(path, BrowserAccept, 200);

        Assert.Contains("<script src=\"/graphql/ui/explorer.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/graphql/ui/explorer.css\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page, StringComparison.Ordinal);
        Assert.Contains("GraphiQL", await GetTextAsync("/graphql/ui/explorer.js", "*/*", 200), StringComparison.Ordinal);
        Assert.Contains(".graphiql-container", await GetTextAsync("/graphql/ui/explorer.css", "text/css", 200), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GraphQL_client_asking_by_GET_still_gets_JSON()
    {
        var response = await app.Host.GetAsync("{ __typename }", accept: "application/graphql-response+json, application/json;q=0.9, text/html;q=0.5");

        Assert.Equal((200, "Query"), (response.Status, response.Body.GetProperty("data").GetProperty("__typename").GetString()));
    }

    private async Task<string> GetTextAsync(string path, string accept, int status)
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(path);
            scenario.WithRequestHeader("Accept", accept);
            scenario.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }
}

// A host of its own: the explorer is switched off by a host setting.
public sealed class GraphQLExplorerOffTests(ExplorerOffApp app) : IClassFixture<ExplorerOffApp>
{
    [Fact]
    public async Task Without_the_explorer_a_browser_gets_406_from_graphql_and_nothing_at_graphql_ui()
    {
        await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url("/graphql");
            scenario.WithRequestHeader("Accept", "text/html");
            scenario.StatusCodeShouldBe(406);
        });
        await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url("/graphql/ui/explorer.js");
            scenario.StatusCodeShouldBe(404);
        });
    }
}

/// <summary>The explorer in headless Chromium against a host process: a person pastes a token and runs a preloaded query.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.GraphQL)]
public sealed class GraphQLExplorerBrowserTests(MilestoneApp app)
{
    [Fact]
    public async Task The_explorer_opens_in_chromium_runs_the_readmes_query_with_a_pasted_token_and_asks_nothing_of_other_sites()
    {
        var member = await app.ClientUserAsync();
        (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member)).Data("submitRequest");
        await using var host = await HostProcess.StartAsync(app.ConnectionString);

        var opened = JsonDocument.Parse(await NodeTool.RunAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "graphql-explorer"),
            "open.mjs",
            new Uri(host.BaseAddress, "/graphql").ToString(),
            await host.SignInAsync(member.Email))).RootElement;

        Assert.False(opened.TryGetProperty("error", out var error), $"The page failed: {error}\n{opened}");
        Assert.Equal((200, "Milestone GraphQL explorer"), (opened.GetProperty("status").GetInt32(), opened.GetProperty("title").GetString()));
        Assert.Equal(["SignIn", "MyRequests"], opened.GetProperty("tabs").EnumerateArray().Select(tab => tab.GetString()));
        Assert.Equal("Bearer ", JsonDocument.Parse(opened.GetProperty("headers").GetString()!).RootElement.GetProperty("Authorization").GetString());
        Assert.Equal("CLIENT_MEMBER", opened.GetProperty("result").Data("me").GetProperty("role").GetString());
        var requests = opened.GetProperty("result").GetProperty("data").GetProperty("requests");
        Assert.Equal("Printer jams", Assert.Single(requests.GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("title").GetString());
        Assert.Empty(opened.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(opened.GetProperty("consoleErrors").EnumerateArray());
    }
}
