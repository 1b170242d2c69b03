using Milestone.Api.Tests.Billing;

namespace Milestone.Api.Tests.HourBanks;

/// <summary>The host for hour bank scenarios, which move the clock on by days: access tokens outlive that.</summary>
public sealed class HourBankApp : MilestoneApp
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Milestone:Auth:AccessTokenLifetime", "400.00:00:00"),
        ("Milestone:Payments:WebhookSecret", FakePaymentProvider.Secret),
        ("Milestone:Payments:Provider", "Card (Fake Pay)"),
    ];
}
