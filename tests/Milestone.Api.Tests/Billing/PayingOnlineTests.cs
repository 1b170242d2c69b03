using Milestone.Api.Billing;
using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>A client's administrator pays an invoice at Stripe Checkout (faked on the wire); Stripe's webhook confirms it.</summary>
[Collection(Collections.HourBanks)]
public sealed class PayingOnlineTests(HourBankApp app)
{
    private const string PayOnline = "mutation($invoiceId: ID!) { payInvoiceOnline(invoiceId: $invoiceId) { url amount currency } }";

    private const string Read = "query($id: ID!) { invoice(id: $id) { status outstanding payableOnline payments { amount method reference } } }";

    [Fact]
    public async Task The_payer_is_sent_to_a_checkout_for_what_is_outstanding_and_stripes_completed_session_pays_the_invoice_once()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Pays By Card Ltd");
        var invoiceId = await app.IssuedInvoiceAsync(admin, clientAdmin.ClientId!.Value);

        var before = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, clientAdmin)).Data("invoice");
        var owedOnTheDashboard = await PendingOnTheDashboardAsync(clientAdmin);
        var checkout = (await app.Host.GraphQLAsync(PayOnline, new { invoiceId }, clientAdmin)).Data("payInvoiceOnline");
        var again = (await app.Host.GraphQLAsync(PayOnline, new { invoiceId }, clientAdmin)).Data("payInvoiceOnline");
        var session = app.Stripe.Sessions.Values.Single(created => created.ClientReferenceId == invoiceId);
        var completed = FakeStripe.Completed(session, "pi_paid_by_card", app.Clock.GetUtcNow());
        var first = await FakeStripe.PostAsync(app, completed, app.Clock.GetUtcNow());
        var second = await FakeStripe.PostAsync(app, completed, app.Clock.GetUtcNow());
        var after = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, clientAdmin)).Data("invoice");
        var paidAlready = await app.Host.GraphQLAsync(PayOnline, new { invoiceId }, clientAdmin);
        var owedAfter = await PendingOnTheDashboardAsync(clientAdmin);

        Assert.True(before.GetProperty("payableOnline").GetBoolean());
        Assert.Equal(($"https://checkout.stripe.com/c/pay/{session.Id}", 120m, "GBP"), (checkout.GetProperty("url").GetString(), checkout.GetProperty("amount").GetDecimal(), checkout.GetProperty("currency").GetString()));
        Assert.Equal(checkout.GetProperty("url").GetString(), again.GetProperty("url").GetString());
        Assert.Equal(("gbp", 12_000L), (session.Currency, session.UnitAmount));
        Assert.EndsWith($"/billing/invoices?invoice={invoiceId}&checkout=paid", session.SuccessUrl, StringComparison.Ordinal);
        Assert.Equal((204, 204), (first, second));
        Assert.Equal(("PAID", 0m, false), (after.GetProperty("status").GetString(), after.GetProperty("outstanding").GetDecimal(), after.GetProperty("payableOnline").GetBoolean()));
        Assert.Equal(("Card (Fake Pay)", "pi_paid_by_card"), (after.GetProperty("payments")[0].GetProperty("method").GetString(), after.GetProperty("payments")[0].GetProperty("reference").GetString()));
        Assert.Single(after.GetProperty("payments").EnumerateArray());
        Assert.Equal("CONFLICT", paidAlready.SingleError().Code());
        Assert.Equal([invoiceId], owedOnTheDashboard);
        Assert.Empty(owedAfter);
    }

    private async Task<List<string?>> PendingOnTheDashboardAsync(SignedIn clientAdmin) =>
        [.. (await app.Host.GraphQLAsync("query($id: ID!) { clientDashboard(clientId: $id) { pendingInvoices { id } } }", new { id = clientAdmin.ClientId }, clientAdmin))
            .Data("clientDashboard").GetProperty("pendingInvoices").EnumerateArray().Select(invoice => invoice.GetProperty("id").GetString())];

    [Theory]
    [InlineData("GBP", 120.50, 12_050)]
    [InlineData("jpy", 1200, 1_200)]
    [InlineData("KWD", 12.34, 12_340)]
    public void Stripe_counts_amounts_in_the_currencys_smallest_unit(string currency, decimal amount, long units)
    {
        Assert.Equal(units, StripeAmounts.ToMinorUnits(amount, currency));
        Assert.Equal(amount, StripeAmounts.FromMinorUnits(units, currency));
    }

    [Fact]
    public async Task Another_clients_administrator_finds_no_invoice_and_stripe_down_or_a_forged_event_changes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Careful Payers Ltd");
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Curious Ltd");
        var invoiceId = await app.IssuedInvoiceAsync(admin, clientAdmin.ClientId!.Value);

        var byOutsider = await app.Host.GraphQLAsync(PayOnline, new { invoiceId }, outsider);
        app.Stripe.FailNextWith = 500;
        var stripeDown = await app.Host.GraphQLAsync(PayOnline, new { invoiceId }, clientAdmin);
        var session = new FakeStripe.Session("cs_test_forged", invoiceId, "gbp", 12_000, "Invoice", "", "");
        var forged = await FakeStripe.PostAsync(app, FakeStripe.Completed(session, "pi_forged", app.Clock.GetUtcNow()), app.Clock.GetUtcNow(), secret: "whsec_someone_else");
        var after = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, clientAdmin)).Data("invoice");

        Assert.Equal(("NOT_FOUND", "UNAVAILABLE"), (byOutsider.SingleError().Code(), stripeDown.SingleError().Code()));
        Assert.Equal(401, forged);
        Assert.Equal(("ISSUED", 120m), (after.GetProperty("status").GetString(), after.GetProperty("outstanding").GetDecimal()));
    }
}
