namespace Milestone.Api.Billing;

/// <summary>
/// Bound from <c>Milestone:Payments</c>: the payment provider whose signed webhooks confirm invoice payments, and the
/// one payers pay at online. Without a webhook secret the webhooks refuse every delivery; without a Stripe secret key
/// invoices cannot be paid online.
/// </summary>
public sealed class PaymentSettings
{
    public const string Section = "Milestone:Payments";

    /// <summary>The provider's name, as payments it confirms show their method.</summary>
    public string Provider { get; set; } = "Online payment";

    /// <summary>The secret the provider signs deliveries with.</summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>How old a delivery's signature may be: an older one is a replay.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Stripe's secret API key (<c>sk_live_…</c>): set, payers pay invoices through Stripe Checkout.</summary>
    public string StripeSecretKey { get; set; } = string.Empty;

    public string StripeApiBase { get; set; } = "https://api.stripe.com";
}
