using Milestone.Api.Billing;

namespace Milestone.Api.Tests.Billing;

/// <summary>
/// The payment provider, faked on the wire: its deliveries are what a real one posts, signed with the shared secret
/// over the delivery's time and body.
/// </summary>
public static class FakePaymentProvider
{
    public const string Secret = "whsec_fake_pay_shared_secret";

    public static object Succeeded(string providerPaymentId, string invoiceId, decimal amount, string currency, DateTimeOffset paidAt) => new
    {
        id = $"evt_{Guid.NewGuid():N}",
        type = PaymentWebhookEndpoint.PaymentSucceeded,
        data = new { paymentId = providerPaymentId, invoiceId, amount, currency, paidAt },
    };

    /// <summary>Posts the event signed at <paramref name="signedAt"/> (the provider's clock) and waits for all it set off.</summary>
    public static Task<int> DeliverAsync(this MilestoneApp app, object delivery, DateTimeOffset signedAt, string secret = Secret) =>
        app.DeliverSignedAsync(PaymentWebhookEndpoint.Path, PaymentWebhookSignature.Header, delivery, signedAt, secret);

    /// <summary>Posts <paramref name="delivery"/> to a webhook as a provider does, signed in the t/v1 scheme under <paramref name="signatureHeader"/>.</summary>
    public static async Task<int> DeliverSignedAsync(this MilestoneApp app, string path, string signatureHeader, object delivery, DateTimeOffset signedAt, string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(delivery));
        return await app.SettledAsync(async () =>
        {
            var result = await app.Host.Scenario(scenario =>
            {
                scenario.ConfigureHttpContext(http =>
                {
                    http.Request.Method = "POST";
                    http.Request.Path = path;
                    http.Request.ContentType = "application/json";
                    http.Request.Body = new MemoryStream(bytes);
                    http.Request.Headers[signatureHeader] = PaymentWebhookSignature.For(secret, signedAt.ToUnixTimeSeconds(), bytes);
                });
                scenario.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        });
    }
}
