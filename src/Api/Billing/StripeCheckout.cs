using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Milestone.Api.Billing;

/// <summary>
/// Stripe Checkout: a Checkout Session in payment mode for what is outstanding, with the invoice as the session's
/// client reference, created with the invoice and amount as its idempotency key so a payer pressing "Pay" twice gets one
/// session (https://docs.stripe.com/api/checkout/sessions/create). Stripe confirms the payment at
/// <see cref="StripeWebhookEndpoint"/>.
/// </summary>
public sealed class StripeCheckout(IHttpClientFactory clients, IOptions<PaymentSettings> settings) : IPaymentCheckout
{
    public const string HttpClientName = "stripe";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsAvailable => settings.Value.StripeSecretKey.Length > 0;

    public async Task<CheckoutSession> StartAsync(CheckoutRequest request, CancellationToken cancellation)
    {
        var form = new Dictionary<string, string>
        {
            ["mode"] = "payment",
            ["client_reference_id"] = request.InvoiceId.ToString(),
            ["success_url"] = request.SuccessUrl,
            ["cancel_url"] = request.CancelUrl,
            ["line_items[0][quantity]"] = "1",
            ["line_items[0][price_data][currency]"] = request.Currency.ToLowerInvariant(),
            ["line_items[0][price_data][unit_amount]"] = StripeAmounts.ToMinorUnits(request.Amount, request.Currency).ToString(CultureInfo.InvariantCulture),
            ["line_items[0][price_data][product_data][name]"] = $"Invoice {request.InvoiceNumber}",
            ["metadata[invoice_id]"] = request.InvoiceId.ToString(),
            ["payment_intent_data[metadata][invoice_id]"] = request.InvoiceId.ToString(),
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.Value.StripeApiBase), "/v1/checkout/sessions"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Value.StripeSecretKey);
        message.Headers.Add("Idempotency-Key", string.Create(CultureInfo.InvariantCulture, $"checkout-{request.InvoiceId}-{request.Amount:0.00}"));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(message, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                throw new CheckoutUnavailableException($"Stripe answered {(int)response.StatusCode}.");
            }

            var session = await response.Content.ReadFromJsonAsync<StripeSession>(Json, cancellation);
            return session is { Id.Length: > 0, Url.Length: > 0 }
                ? new CheckoutSession(session.Url, session.Id)
                : throw new CheckoutUnavailableException("Stripe answered without a checkout page.");
        }
        catch (Exception failure) when (failure is HttpRequestException or JsonException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            throw new CheckoutUnavailableException("Stripe could not be reached.", failure);
        }
    }

    private sealed record StripeSession(string? Id, string? Url);
}

/// <summary>
/// Stripe counts amounts in a currency's smallest unit; for most currencies that is the cent, a few have none
/// (https://docs.stripe.com/currencies#zero-decimal) and a few three decimals, given to Stripe rounded to ten.
/// </summary>
public static class StripeAmounts
{
    private static readonly HashSet<string> ZeroDecimal =
        ["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> ThreeDecimal = ["BHD", "JOD", "KWD", "OMR", "TND"];

    public static long ToMinorUnits(decimal amount, string currency) => (long)(amount * Factor(currency));

    public static decimal FromMinorUnits(long units, string currency) => units / Factor(currency);

    private static decimal Factor(string currency) =>
        ZeroDecimal.Contains(currency.ToUpperInvariant()) ? 1m : ThreeDecimal.Contains(currency.ToUpperInvariant()) ? 1_000m : 100m;
}
