using System.Net.WebSockets;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>Accepts a WebSocket on the GraphQL path for the graphql-transport-ws protocol, and only for it.</summary>
public static class GraphQLWebSocketEndpoint
{
    public static async Task AcceptAsync(HttpContext http)
    {
        var speaksOurProtocol = http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(speaksOurProtocol ? GraphQLTransportWs.SubProtocol : null);
        if (!speaksOurProtocol)
        {
            await socket.CloseAsync((WebSocketCloseStatus)GraphQLTransportWs.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        var settings = http.RequestServices.GetRequiredService<IOptions<GraphQLWebSocketSettings>>().Value;
        await new GraphQLWebSocketConnection(http, socket, settings).RunAsync();
    }
}
