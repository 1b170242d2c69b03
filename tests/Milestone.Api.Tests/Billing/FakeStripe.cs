using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Milestone.Api.Billing;

namespace Milestone.Api.Tests.Billing;

/// <summary>
/// Stripe as far as Checkout goes, on a Kestrel port of its own: it creates Checkout Sessions from the form-encoded
/// request Stripe's API takes (secret key as bearer, idempotency keys honoured), answers in the session object's shape,
/// and completes a session by posting the <c>checkout.session.completed</c> event Stripe would, signed with
/// <c>Stripe-Signature</c>.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fake_stripe_secret_key";

    private readonly WebApplication _server;
    private readonly ConcurrentDictionary<string, Session> _byIdempotencyKey = new();

    private FakeStripe(WebApplication server) => _server = server;

    public Uri Url { get; private set; } = null!;

    public ConcurrentDictionary<string, Session> Sessions { get; } = new();

    /// <summary>Answers the next session request with this status, as Stripe does when it is down or refuses.</summary>
    public int? FailNextWith { get; set; }

    public static FakeStripe Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeStripe(builder.Build());
        fake._server.MapPost("/v1/checkout/sessions", (Delegate)fake.CreateSessionAsync);
        fake._server.StartAsync().GetAwaiter().GetResult();
        fake.Url = new Uri(fake._server.Urls.First());
        return fake;
    }

    /// <summary>The event Stripe posts when the payer has paid, as it would post it.</summary>
    public static object Completed(Session session, string paymentIntent, DateTimeOffset at) => new
    {
        id = $"evt_{Guid.NewGuid():N}",
        @object = "event",
        type = "checkout.session.completed",
        created = at.ToUnixTimeSeconds(),
        livemode = false,
        data = new
        {
            @object = new
            {
                id = session.Id,
                @object = "checkout.session",
                mode = "payment",
                amount_total = session.UnitAmount,
                currency = session.Currency,
                client_reference_id = session.ClientReferenceId,
                payment_intent = paymentIntent,
                payment_status = "paid",
                status = "complete",
            },
        },
    };

    /// <summary>Posts a Stripe event to the host's Stripe webhook, signed at <paramref name="signedAt"/>, and waits for all it set off.</summary>
    public static Task<int> PostAsync(MilestoneApp app, object stripeEvent, DateTimeOffset signedAt, string secret = FakePaymentProvider.Secret) =>
        app.DeliverSignedAsync(StripeWebhookEndpoint.Path, StripeWebhookEndpoint.SignatureHeader, stripeEvent, signedAt, secret);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<IResult> CreateSessionAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "Invalid API Key provided." } }, statusCode: 401);
        }

        if (FailNextWith is { } status)
        {
            FailNextWith = null;
            return Results.Json(new { error = new { type = "api_error", message = "Something went wrong on Stripe's end." } }, statusCode: status);
        }

        var form = await http.Request.ReadFormAsync();
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var session = _byIdempotencyKey.GetOrAdd(key.Length > 0 ? key : Guid.NewGuid().ToString(), _ => new Session(
            $"cs_test_{Guid.NewGuid():N}",
            form["client_reference_id"].ToString(),
            form["line_items[0][price_data][currency]"].ToString(),
            long.Parse(form["line_items[0][price_data][unit_amount]"].ToString(), CultureInfo.InvariantCulture),
            form["line_items[0][price_data][product_data][name]"].ToString(),
            form["success_url"].ToString(),
            form["cancel_url"].ToString()));
        Sessions[session.Id] = session;
        return Results.Json(new
        {
            id = session.Id,
            @object = "checkout.session",
            mode = form["mode"].ToString(),
            url = $"https://checkout.stripe.com/c/pay/{session.Id}",
            amount_total = session.UnitAmount,
            currency = session.Currency,
            client_reference_id = session.ClientReferenceId,
            payment_status = "unpaid",
            status = "open",
        });
    }

    public sealed record Session(string Id, string ClientReferenceId, string Currency, long UnitAmount, string ProductName, string SuccessUrl, string CancelUrl);
}
