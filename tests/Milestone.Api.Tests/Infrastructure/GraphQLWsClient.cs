namespace Milestone.Api.Tests.Infrastructure;

/// <summary>The stock graphql-ws client (npm, tests/graphql-ws-client) against a running host, as a frontend or a Node.js service would use it.</summary>
public static class GraphQLWsClient
{
    /// <summary>
    /// A client following the messages added to a request, which writes each of the first <paramref name="expected"/>
    /// as a JSON line; returned once its subscription is live, so nothing posted afterwards can be missed.
    /// </summary>
    public static Task<RunningTool> MessagesAddedAsync(string webSocketUrl, string accessToken, string requestId, int expected) =>
        SubscribedAsync(webSocketUrl, accessToken, "subscription($requestId: ID!) { messageAdded(requestId: $requestId) { body internal } }", new { requestId }, expected);

    /// <summary>A client following the caller's own new notifications, as <see cref="MessagesAddedAsync"/> does messages.</summary>
    public static Task<RunningTool> NotificationsAddedAsync(string webSocketUrl, string accessToken, int expected) =>
        SubscribedAsync(webSocketUrl, accessToken, "subscription { notificationAdded { kind body } }", new { }, expected);

    private static async Task<RunningTool> SubscribedAsync(string webSocketUrl, string accessToken, string query, object variables, int expected)
    {
        var tool = await NodeTool.StartAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "graphql-ws-client"),
            "subscribe.mjs",
            webSocketUrl,
            accessToken,
            query,
            JsonSerializer.Serialize(variables),
            expected.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("READY", await tool.NextLineAsync());
        return tool;
    }
}
