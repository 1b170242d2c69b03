using System.Security.Cryptography;
using Wolverine.Http;

namespace Milestone.Api.Jira;

/// <summary>
/// Where Jira Cloud's webhook posts issue and worklog events. Authenticated by the signature alone: Jira sends no token.
/// Where tenants are kept apart, each tenant's Jira posts to the tenant's host name or adds <c>?tenant=</c> to this path.
/// </summary>
public static class JiraWebhookEndpoint
{
    public const string Path = "/webhooks/jira";

    public const string DeliveryHeader = "X-Atlassian-Webhook-Identifier";

    /// <summary>
    /// Jira's issue, comment and worklog events are a few kilobytes. The body is read before its signature
    /// can be checked, so anyone can send one: more than this is refused instead of held in memory.
    /// </summary>
    public const int MaxBodyBytes = 1_048_576;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly CodedError TooLarge = new(ErrorCodes.BadRequest, $"A Jira webhook delivery is at most {MaxBodyBytes} bytes.");

    [WolverinePost(Path)]
    public static async Task<IResult> Receive(HttpContext http)
    {
        if (await BoundedBody.ReadAsync(http.Request, MaxBodyBytes) is not { } body)
        {
            return ProblemResponses.For(TooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        await using (var session = http.OpenQuerySession())
        {
            var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, http.RequestAborted);
            if (connection is null || !WebhookSignature.IsValid(connection.WebhookSecret, body, http.Request.Headers[WebhookSignature.Header]))
            {
                return ProblemResponses.For(new CodedError(ErrorCodes.Unauthenticated, "The webhook signature is missing or does not match the shared secret."));
            }
        }

        JiraWebhook? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<JiraWebhook>(body, Json);
        }
        catch (JsonException)
        {
            webhook = null;
        }

        if (webhook?.WebhookEvent is null)
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, "The body is not a Jira webhook event."));
        }

        // Jira sends the same identifier with every retry of a delivery; without one, the body itself identifies it.
        var deliveryId = http.Request.Headers[DeliveryHeader].ToString() is { Length: > 0 } id ? id : Convert.ToHexStringLower(SHA256.HashData(body));
        await http.MessageBus().InvokeAsync(new ReceiveJiraDelivery(deliveryId, webhook), http.RequestAborted);
        return Results.NoContent();
    }
}
