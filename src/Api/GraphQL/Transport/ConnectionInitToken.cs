namespace Milestone.Api.GraphQL.Transport;

/// <summary>
/// The access token in a graphql-transport-ws <c>connection_init</c> payload. Clients send it the way
/// they send it over HTTP, <c>{ "authorization": "Bearer …" }</c> (any case, also under <c>headers</c>),
/// or as <c>{ "accessToken": "…" }</c>.
/// </summary>
public static class ConnectionInitToken
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Close reasons are limited to 123 bytes by the WebSocket protocol.</summary>
    public const string Missing = "No access token: send connection_init with payload { authorization: \"Bearer <token>\" }";

    public static string Refused(AccessTokenRefusal? refusal) => refusal switch
    {
        AccessTokenRefusal.Expired => "Access token expired: refresh the session and connect again",
        AccessTokenRefusal.SessionEnded => "Session ended: sign in again",
        _ => "Access token not valid: sign in again",
    };

    public static string? From(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var headers = Property(payload, "headers") is { ValueKind: JsonValueKind.Object } nested ? nested : default;
        if ((Property(payload, "authorization") ?? Property(headers, "authorization")) is { ValueKind: JsonValueKind.String } authorization)
        {
            var value = authorization.GetString()!.Trim();
            return value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? value[BearerPrefix.Length..].Trim() : null;
        }

        return Property(payload, "accessToken") is { ValueKind: JsonValueKind.String } token ? token.GetString() : null;
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(property => property.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(property => (JsonElement?)property.Value).FirstOrDefault()
            : null;
}
