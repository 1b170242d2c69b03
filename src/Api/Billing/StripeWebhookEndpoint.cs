using Wolverine.Http;

namespace Milestone.Api.Billing;

/// <summary>
/// Stripe's webhook, translated to the provider-neutral payment confirmation: a completed Checkout Session that is paid
/// (at once, or later for delayed methods) confirms a payment of the invoice it names as its client reference, for the
/// amount Stripe collected. Signed with <c>Stripe-Signature</c> in the scheme <see cref="PaymentWebhookSignature"/>
/// checks, with the endpoint's signing secret (<c>Milestone:Payments:WebhookSecret</c>). Every other event is
/// acknowledged and left alone (https://docs.stripe.com/webhooks, https://docs.stripe.com/api/checkout/sessions/object).
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";

    public const string SignatureHeader = "Stripe-Signature";

    private static readonly HashSet<string> Paid = ["checkout.session.completed", "checkout.session.async_payment_succeeded"];

    [WolverinePost(Path)]
    public static async Task<IResult> Receive(HttpContext http, IOptions<PaymentSettings> settings, TimeProvider time)
    {
        if (await BoundedBody.ReadAsync(http.Request, PaymentWebhookEndpoint.MaxBodyBytes) is not { } body)
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, $"A webhook delivery is at most {PaymentWebhookEndpoint.MaxBodyBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        }

        if (!PaymentWebhookSignature.IsValid(settings.Value.WebhookSecret, body, http.Request.Headers[SignatureHeader], time.GetUtcNow(), settings.Value.SignatureTolerance))
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.Unauthenticated, "The Stripe-Signature header is missing, too old, or does not match the signing secret."));
        }

        if (Read(body) is not { } stripeEvent)
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, "The body is not a Stripe event."));
        }

        if (!Paid.Contains(stripeEvent.Type) || stripeEvent.Session is not { PaymentStatus: "paid" } session)
        {
            return Results.NoContent();
        }

        if (session is not { Id.Length: > 0 and <= 200, Currency.Length: > 0 and <= 10, AmountTotal: >= 0 } || !Guid.TryParse(session.ClientReferenceId, out var invoiceId))
        {
            return ProblemResponses.For(new CodedError(ErrorCodes.BadRequest, "A paid Checkout Session names its invoice, its amount and its currency."));
        }

        var currency = session.Currency.ToUpperInvariant();
        await http.MessageBus().InvokeAsync(
            new ConfirmProviderPayment(
                invoiceId,
                session.PaymentIntent is { Length: > 0 and <= 200 } intent ? intent : session.Id,
                StripeAmounts.FromMinorUnits(session.AmountTotal.Value, currency),
                currency,
                DateTimeOffset.FromUnixTimeSeconds(stripeEvent.Created),
                settings.Value.Provider),
            http.RequestAborted);
        return Results.NoContent();
    }

    private static StripeEvent? Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("created", out var created) || !created.TryGetInt64(out var createdAt) || createdAt is < 0 or > 253_402_300_799)
            {
                return null;
            }

            var session = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("object", out var inner) && inner.ValueKind == JsonValueKind.Object
                ? new StripeSession(Text(inner, "id"), Text(inner, "payment_intent"), Text(inner, "client_reference_id"), Text(inner, "currency"), Text(inner, "payment_status"), Number(inner, "amount_total"))
                : null;
            return new StripeEvent(type.GetString()!, createdAt, session);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private sealed record StripeEvent(string Type, long Created, StripeSession? Session);

    private sealed record StripeSession(string? Id, string? PaymentIntent, string? ClientReferenceId, string? Currency, string? PaymentStatus, long? AmountTotal);
}
