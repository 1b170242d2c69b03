namespace Milestone.Api.GraphQL.Transport;

/// <summary>Limits of one graphql-transport-ws connection (configuration section Milestone:GraphQL:WebSocket).</summary>
public sealed class GraphQLWebSocketSettings
{
    public const string Section = "Milestone:GraphQL:WebSocket";

    /// <summary>How long a client has after connecting to send connection_init.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations that may run at once on one connection.</summary>
    public int MaxOperations { get; set; } = 50;

    public int MaxMessageBytes { get; set; } = DocumentLimits.MaxBodyBytes;
}
