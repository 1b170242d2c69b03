namespace Milestone.Api.Tests.GraphQL;

/// <summary>The stock graphql-ws client (npm) subscribing to the real host on a real socket.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.GraphQL)]
public sealed class GraphQLWsClientTests(MilestoneApp app)
{
    [Fact]
    public async Task The_graphql_ws_client_receives_new_messages_and_notifications_and_a_client_never_an_internal_note()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, await app.ClientOrganisationAsync(admin));
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        await using var host = await HostProcess.StartAsync(app.ConnectionString);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var memberToken = await http.SignInAsync(member.Email, Identities.Password);
        var agentToken = await http.SignInAsync(agent.Email, Identities.Password);
        var requestId = (await http.GraphQLAsync(memberToken, RequestDocuments.Submit, new { input = new { title = "Printer jams" } }))
            .GetProperty("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

        await using var memberListens = await SubscribeAsync(host, memberToken, requestId, expected: 1);
        await using var agentListens = await SubscribeAsync(host, agentToken, requestId, expected: 2);
        await using var memberBell = await GraphQLWsClient.NotificationsAddedAsync(WebSocketUrl(host), memberToken, expected: 1);
        await PostAsync(http, agentToken, requestId, "Known driver bug, see KB-12", isInternal: true);
        await PostAsync(http, agentToken, requestId, "We are on it", isInternal: false);

        Assert.Equal("We are on it", Body(await memberListens.NextLineAsync()));
        Assert.Equal("Known driver bug, see KB-12", Body(await agentListens.NextLineAsync()));
        Assert.Equal("We are on it", Body(await agentListens.NextLineAsync()));
        var notification = JsonDocument.Parse(await memberBell.NextLineAsync()).RootElement.GetProperty("next").GetProperty("data").GetProperty("notificationAdded");
        Assert.Equal(("STAFF_REPLY", "Test Agent: We are on it"), (notification.GetProperty("kind").GetString(), notification.GetProperty("body").GetString()));
    }

    private static Task<RunningTool> SubscribeAsync(HostProcess host, string accessToken, string requestId, int expected) =>
        GraphQLWsClient.MessagesAddedAsync(WebSocketUrl(host), accessToken, requestId, expected);

    private static string WebSocketUrl(HostProcess host) => new UriBuilder(new Uri(host.BaseAddress, "/graphql")) { Scheme = "ws" }.Uri.ToString();

    private static string Body(string line) =>
        JsonDocument.Parse(line).RootElement.GetProperty("next").GetProperty("data").GetProperty("messageAdded").GetProperty("body").GetString()!;

    private static Task PostAsync(HttpClient http, string accessToken, string requestId, string body, bool isInternal) =>
        http.GraphQLAsync(
            accessToken,
            "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }",
            new { requestId, body, @internal = isInternal });
}
