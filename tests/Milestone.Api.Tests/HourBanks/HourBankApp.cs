using Milestone.Api.Tests.Billing;

namespace Milestone.Api.Tests.HourBanks;

/// <summary>
/// The host for hour bank and billing scenarios, which move the clock on by days (access tokens outlive that), beside a
/// fake Stripe for paying invoices online.
/// </summary>
public sealed class HourBankApp : MilestoneApp, IAsyncLifetime
{
    public FakeStripe Stripe { get; } = FakeStripe.Start();

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Milestone:Auth:AccessTokenLifetime", "400.00:00:00"),
        ("Milestone:Payments:WebhookSecret", FakePaymentProvider.Secret),
        ("Milestone:Payments:Provider", "Card (Fake Pay)"),
        ("Milestone:Payments:StripeSecretKey", FakeStripe.SecretKey),
        ("Milestone:Payments:StripeApiBase", Stripe.Url.ToString()),
    ];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
