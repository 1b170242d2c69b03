using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>A client's administrator buys hours from the MSP's catalogue; staff approve (credit and draft invoice) or decline.</summary>
[Collection(Collections.HourBanks)]
public sealed class BuyingHoursTests(HourBankApp app)
{
    private const string Define = "mutation($input: HourOfferInput!) { defineHourOffer(input: $input) { id name minutes price currency validityMonths } }";

    private const string Ask = "mutation($clientId: ID!, $offerId: ID!) { requestHourPurchase(clientId: $clientId, offerId: $offerId) { id status } }";

    private const string Approve = "mutation($purchaseId: ID!) { approveHourPurchase(purchaseId: $purchaseId) { id status invoiceId } }";

    [Fact]
    public async Task An_approved_purchase_credits_the_bank_once_and_drafts_its_invoice()
    {
        var scene = await app.SceneAsync();
        var offerId = await OfferAsync(scene.Admin, "10 hours", 600, 950m, "EUR");
        var purchaseId = (await app.Host.GraphQLAsync(Ask, new { clientId = scene.ClientId, offerId }, scene.ClientAdmin)).Data("requestHourPurchase").GetProperty("id").GetString();

        var approved = (await app.SettledAsync(() => app.Host.GraphQLAsync(Approve, new { purchaseId }, scene.Admin))).Data("approveHourPurchase");
        var again = (await app.SettledAsync(() => app.Host.GraphQLAsync(Approve, new { purchaseId }, scene.Admin))).Data("approveHourPurchase");
        var bank = await app.BankAsync(scene);
        var invoice = (await app.Host.GraphQLAsync(
            "query($id: ID!) { invoice(id: $id) { status currency subtotal lines { description quantity unitPrice } } }", new { id = approved.GetProperty("invoiceId").GetString() }, scene.Admin))
            .Data("invoice");
        var offerSeenByClient = (await app.Host.GraphQLAsync("{ hourOffers { id } }", signedIn: scene.ClientAdmin)).Data("hourOffers");

        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        Assert.Equal(approved.GetProperty("invoiceId").GetString(), again.GetProperty("invoiceId").GetString());
        Assert.Equal(600, bank.Minutes("purchasedMinutes"));
        Assert.Equal(("DRAFT", "EUR", 950m), (invoice.GetProperty("status").GetString(), invoice.GetProperty("currency").GetString(), invoice.GetProperty("subtotal").GetDecimal()));
        Assert.Equal("10 hours: 10 hours of support", invoice.GetProperty("lines")[0].GetProperty("description").GetString());
        Assert.Contains(offerSeenByClient.EnumerateArray(), offer => offer.GetProperty("id").GetString() == offerId);
    }

    [Fact]
    public async Task A_declined_purchase_credits_nothing_and_a_member_or_another_client_cannot_ask()
    {
        var scene = await app.SceneAsync();
        var offerId = await OfferAsync(scene.Admin, "5 hours", 300, 500m, "EUR");
        var member = await app.InvitedAndSignedInAsync(scene.Admin, Role.ClientMember, scene.ClientId);
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Not Initech");
        var purchaseId = (await app.Host.GraphQLAsync(Ask, new { clientId = scene.ClientId, offerId }, scene.ClientAdmin)).Data("requestHourPurchase").GetProperty("id").GetString();

        var declined = (await app.Host.GraphQLAsync(
            "mutation($purchaseId: ID!) { declineHourPurchase(purchaseId: $purchaseId, reason: \"Your contract renews next month\") { status declineReason } }",
            new { purchaseId }, scene.Admin)).Data("declineHourPurchase");
        var byMember = await app.Host.GraphQLAsync(Ask, new { clientId = scene.ClientId, offerId }, member);
        var byOutsider = await app.Host.GraphQLAsync(Ask, new { clientId = scene.ClientId, offerId }, outsider);
        var selfApproved = await app.Host.GraphQLAsync(Approve, new { purchaseId }, scene.ClientAdmin);

        Assert.Equal(("DECLINED", "Your contract renews next month"), (declined.GetProperty("status").GetString(), declined.GetProperty("declineReason").GetString()));
        Assert.Equal(0, (await app.BankAsync(scene)).Minutes("purchasedMinutes"));
        Assert.Equal(("FORBIDDEN", "NOT_FOUND", "FORBIDDEN"), (byMember.SingleError().Code(), byOutsider.SingleError().Code(), selfApproved.SingleError().Code()));
    }

    private async Task<string> OfferAsync(SignedIn admin, string name, int minutes, decimal price, string currency) =>
        (await app.Host.GraphQLAsync(Define, new { input = new { name, minutes, price, currency, validityMonths = 12 } }, admin))
            .Data("defineHourOffer").GetProperty("id").GetString()!;
}
