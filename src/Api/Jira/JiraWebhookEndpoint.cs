using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http;
using Milestone.Api.Attachments;
using Milestone.Api.GraphQL;
using Wolverine;
using Wolverine.Http;

namespace Milestone.Api.Jira;

/// <summary>Where Jira Cloud's webhook posts issue and worklog events. Authenticated by the signature alone: Jira sends no token.</summary>
public static class JiraWebhookEndpoint
{
    public const string Path = "/webhooks/jira";

    public const string DeliveryHeader = "X-Atlassian-Webhook-Identifier";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [WolverinePost(Path)]
    public static async Task<IResult> Receive(HttpContext http, IDocumentStore store, IMessageBus bus)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();

        await using (var session = store.QuerySession())
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
        await bus.InvokeAsync(new ReceiveJiraDelivery(deliveryId, webhook), http.RequestAborted);
        return Results.NoContent();
    }
}
