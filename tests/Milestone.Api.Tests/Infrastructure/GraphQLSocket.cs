using System.Net.WebSockets;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>A raw graphql-transport-ws client on the test host, for checking the protocol message by message.</summary>
public sealed class GraphQLSocket(WebSocket socket) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <param name="path">The endpoint, with the query string a browser would add (<c>graphql?tenant=north</c>).</param>
    public static async Task<GraphQLSocket> ConnectAsync(IAlbaHost host, string? subProtocol = "graphql-transport-ws", string path = "graphql")
    {
        var client = host.Server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        return new GraphQLSocket(await client.ConnectAsync(new Uri(host.Server.BaseAddress, path), CancellationToken.None));
    }

    /// <summary>Connects and has the connection acknowledged for this person.</summary>
    public static async Task<GraphQLSocket> SignedInAsync(IAlbaHost host, SignedIn who, string path = "graphql")
    {
        var socket = await ConnectAsync(host, path: path);
        await socket.SendAsync(new { type = "connection_init", payload = new { accessToken = who.AccessToken } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    public string? SubProtocol => socket.SubProtocol;

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task<JsonElement> ReceiveAsync()
    {
        var (type, text) = await ReceiveFrameAsync();
        Assert.True(type == WebSocketMessageType.Text, $"Expected a message, but the server closed with {socket.CloseStatus} {socket.CloseStatusDescription}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The close code and reason the server ended the connection with.</summary>
    public async Task<(int Code, string? Reason)> ClosedAsync()
    {
        var (type, text) = await ReceiveFrameAsync();
        Assert.True(type == WebSocketMessageType.Close, $"Expected the server to close, but it sent {text}");
        return ((int)socket.CloseStatus!, socket.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty, CancellationToken.None);
        }

        socket.Dispose();
    }

    private async Task<(WebSocketMessageType Type, string Text)> ReceiveFrameAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, patience.Token);
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return (received.MessageType, Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }
}
