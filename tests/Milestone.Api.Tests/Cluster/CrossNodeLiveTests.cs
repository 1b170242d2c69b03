namespace Milestone.Api.Tests.Cluster;

/// <summary>A subscriber connected to one node hears of changes committed on another, in one database or in a tenant's.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class CrossNodeLiveTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(Tenancy.TenantedApp.South)]
    public async Task A_change_committed_on_one_node_reaches_a_subscriber_on_the_other(string? tenant)
    {
        await using var cluster = await Cluster.StartAsync(nodeCount: 2, tenant);
        var (listening, committing) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var http = new HttpClient { BaseAddress = committing.BaseAddress };
        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add(TenantResolution.Header, tenant);
        }

        var member = await http.SignInAsync("member@acme.test", Cluster.DemoPassword);
        var requestId = (await http.GraphQLAsync(member, RequestDocuments.Submit, new { input = new { title = "Door badge reader dead" } }))
            .GetProperty("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

        await using var subscriber = await SubscribeAsync(listening, member, requestId, tenant);
        await http.GraphQLAsync(
            member,
            "mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"It beeps red now\") { id } }",
            new { requestId });

        var update = JsonDocument.Parse(await subscriber.NextLineAsync()).RootElement;
        Assert.Equal("It beeps red now", update.GetProperty("next").GetProperty("data").GetProperty("messageAdded").GetProperty("body").GetString());
        Assert.Equal(tenant is not null, listening.Output.Contains("Tenants kept apart, each in its own database: north, south", StringComparison.Ordinal));
    }

    private static Task<RunningTool> SubscribeAsync(HostProcess node, string accessToken, string requestId, string? tenant) =>
        GraphQLWsClient.MessagesAddedAsync(
            new UriBuilder(new Uri(node.BaseAddress, "/graphql")) { Scheme = "ws", Query = tenant is null ? "" : $"{TenantResolution.QueryParameter}={tenant}" }.Uri.ToString(),
            accessToken,
            requestId,
            expected: 1);
}
