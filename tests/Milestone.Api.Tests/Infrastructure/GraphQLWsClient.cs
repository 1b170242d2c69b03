namespace Milestone.Api.Tests.Infrastructure;

/// <summary>The stock graphql-ws client (npm, tests/graphql-ws-client) against a running host, as a frontend or a Node.js service would use it.</summary>
public static class GraphQLWsClient
{
    /// <summary>
    /// A client following the messages added to a request, which writes each of the first <paramref name="expected"/>
    /// as a JSON line; returned once its subscription is live, so nothing posted afterwards can be missed.
    /// </summary>
    public static async Task<RunningTool> MessagesAddedAsync(string webSocketUrl, string accessToken, string requestId, int expected)
    {
        var tool = await NodeTool.StartAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "graphql-ws-client"),
            "subscribe.mjs",
            webSocketUrl,
            accessToken,
            "subscription($requestId: ID!) { messageAdded(requestId: $requestId) { body internal } }",
            JsonSerializer.Serialize(new { requestId }),
            expected.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("READY", await tool.NextLineAsync());
        return tool;
    }
}
