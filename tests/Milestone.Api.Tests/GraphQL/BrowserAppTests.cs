namespace Milestone.Api.Tests.GraphQL;

/// <summary>
/// A frontend team's first page, served from an origin of its own in headless Chromium: it signs in,
/// reads the queue with each request's client, follows the queue through the stock graphql-ws browser
/// client with the usual Authorization payload, and hears of a request it submits. No CORS error, no
/// console error.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.GraphQL)]
public sealed class BrowserAppTests(MilestoneApp app)
{
    [Fact]
    public async Task A_portal_on_another_origin_signs_in_reads_the_queue_and_follows_it_live()
    {
        var member = await app.ClientUserAsync(clientName: "Acme Corp");
        (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member)).Data("submitRequest");
        var pagePort = HostProcess.FreePort();
        await using var host = await HostProcess.StartAsync(app.ConnectionString, new Dictionary<string, string>
        {
            ["Milestone:Cors:Origins:0"] = $"http://127.0.0.1:{pagePort}",
        });

        var outcome = JsonDocument.Parse(await NodeTool.RunAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "browser-app"),
            "open.mjs",
            host.BaseAddress.ToString(),
            pagePort.ToString(CultureInfo.InvariantCulture),
            member.Email,
            Identities.Password)).RootElement;

        Assert.False(outcome.TryGetProperty("error", out var error), $"The page failed: {error}");
        Assert.Empty(outcome.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(outcome.GetProperty("failedRequests").EnumerateArray());
        var queued = Assert.Single(outcome.GetProperty("queue").EnumerateArray());
        Assert.Equal(("Printer jams", "Acme Corp"), (queued.GetProperty("title").GetString(), queued.GetProperty("client").GetProperty("name").GetString()));
        var change = outcome.GetProperty("change");
        Assert.Equal(("RequestSubmitted", "Submitted from the portal"), (change.GetProperty("change").GetString(), change.GetProperty("request").GetProperty("title").GetString()));
    }
}
