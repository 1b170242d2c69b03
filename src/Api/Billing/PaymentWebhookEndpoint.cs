using Wolverine.Http;

namespace Milestone.Api.Billing;

/// <summary>
/// Where the payment provider posts what happened to a payment. Authenticated by the signature alone. Only
/// <c>payment.succeeded</c> is acted on; every other event type is acknowledged and left alone. Where tenants are kept
/// apart, each tenant's provider account posts to the tenant's host name or adds <c>?tenant=</c>.
/// </summary>
public static class PaymentWebhookEndpoint
{
    public const string Path = "/webhooks/payments";

    public const string PaymentSucceeded = "payment.succeeded";

    /// <summary>A payment event is a few hundred bytes; the body is read before its signature can be checked, so more is refused.</summary>
    public const int MaxBodyBytes = 65_536;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [WolverinePost(Path)]
    public static async Task<IResult> Receive(HttpContext http, IOptions<PaymentSettings> settings, TimeProvider time)
    {
        if (await BoundedBody.ReadAsync(http.Request, MaxBodyBytes) is not { } body)
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, $"A payment webhook delivery is at most {MaxBodyBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        if (!PaymentWebhookSignature.IsValid(settings.Value.WebhookSecret, body, http.Request.Headers[PaymentWebhookSignature.Header], time.GetUtcNow(), settings.Value.SignatureTolerance))
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.Unauthenticated, "The webhook signature is missing, too old, or does not match the shared secret."));
        }

        PaymentWebhook? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<PaymentWebhook>(body, Json);
        }
        catch (JsonException)
        {
            webhook = null;
        }

        if (webhook is not { Type.Length: > 0 })
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, "The body is not a payment event."));
        }

        if (webhook.Type != PaymentSucceeded)
        {
            return Results.NoContent();
        }

        if (webhook.Data is not { PaymentId.Length: > 0 and <= 200, Currency.Length: > 0 and <= 10 } payment)
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, "A payment.succeeded event names the payment, the invoice, the amount, the currency and when it was paid."));
        }

        await http.MessageBus().InvokeAsync(
            new ConfirmProviderPayment(payment.InvoiceId, payment.PaymentId, payment.Amount, payment.Currency, payment.PaidAt, settings.Value.Provider), http.RequestAborted);
        return Results.NoContent();
    }
}

/// <summary>A provider's event, in the provider-neutral shape an adapter for a real provider (Stripe, …) translates to.</summary>
public sealed record PaymentWebhook(string? Id, string? Type, ProviderPayment? Data);

public sealed record ProviderPayment(string PaymentId, Guid InvoiceId, decimal Amount, string Currency, DateTimeOffset PaidAt);
