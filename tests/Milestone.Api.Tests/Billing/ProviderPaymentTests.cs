using Milestone.Api.Billing;
using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>A payment provider's signed webhook confirms invoice payments: once however often it is delivered, and never against the grain.</summary>
[Collection(Collections.HourBanks)]
public sealed class ProviderPaymentTests(HourBankApp app)
{
    private const string Read = "query($id: ID!) { invoice(id: $id) { status paid outstanding payments { amount method reference } } }";

    [Fact]
    public async Task A_signed_payment_marks_the_invoice_paid_once_even_when_delivered_twice()
    {
        var (admin, invoiceId) = await IssuedAsync("Pays Online Ltd");
        var delivery = FakePaymentProvider.Succeeded("pi_twice", invoiceId, 120m, "GBP", app.Clock.GetUtcNow());

        var first = await app.DeliverAsync(delivery, app.Clock.GetUtcNow());
        var second = await app.DeliverAsync(delivery, app.Clock.GetUtcNow());
        var invoice = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, admin)).Data("invoice");

        Assert.Equal((204, 204), (first, second));
        Assert.Equal(("PAID", 120m, 0m), (invoice.GetProperty("status").GetString(), invoice.GetProperty("paid").GetDecimal(), invoice.GetProperty("outstanding").GetDecimal()));
        var payment = Assert.Single(invoice.GetProperty("payments").EnumerateArray());
        Assert.Equal(("Card (Fake Pay)", "pi_twice"), (payment.GetProperty("method").GetString(), payment.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task A_payment_arriving_after_the_invoice_was_paid_otherwise_is_acknowledged_and_left_unapplied_for_staff()
    {
        var (admin, invoiceId) = await IssuedAsync("Paid Twice Ltd");
        (await app.Host.GraphQLAsync(
            "mutation($invoiceId: ID!, $input: InvoicePaymentInput!) { recordInvoicePayment(invoiceId: $invoiceId, input: $input) { id } }",
            new { invoiceId, input = new { paymentId = Guid.NewGuid(), amount = 120m, paidOn = "2026-12-01", method = "Bank transfer" } },
            admin)).Data("recordInvoicePayment");
        var before = await app.CountEventsAsync();

        var status = await app.DeliverAsync(FakePaymentProvider.Succeeded("pi_late", invoiceId, 120m, "GBP", app.Clock.GetUtcNow()), app.Clock.GetUtcNow());

        Assert.Equal(204, status);
        Assert.Equal(before, await app.CountEventsAsync());
        await using var session = app.Store.QuerySession();
        var unapplied = await session.Query<UnappliedProviderPayment>().SingleAsync(payment => payment.ProviderPaymentId == "pi_late");
        Assert.Equal(("The invoice is paid.", 120m), (unapplied.Reason, unapplied.Amount));
        var listed = (await app.Host.GraphQLAsync("{ unappliedPayments { providerPaymentId reason } }", signedIn: admin)).Data("unappliedPayments");
        Assert.Contains(listed.EnumerateArray(), payment => payment.GetProperty("providerPaymentId").GetString() == "pi_late");
    }

    [Fact]
    public async Task A_delivery_signed_with_another_secret_or_too_long_ago_is_refused_and_changes_nothing()
    {
        var (admin, invoiceId) = await IssuedAsync("Forged Ltd");
        var delivery = FakePaymentProvider.Succeeded("pi_forged", invoiceId, 120m, "GBP", app.Clock.GetUtcNow());
        var before = await app.CountEventsAsync();

        var forged = await app.DeliverAsync(delivery, app.Clock.GetUtcNow(), secret: "whsec_someone_else");
        var replayed = await app.DeliverAsync(delivery, app.Clock.GetUtcNow().AddMinutes(-6));

        Assert.Equal((401, 401), (forged, replayed));
        Assert.Equal(before, await app.CountEventsAsync());
        Assert.Equal("ISSUED", (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, admin)).Data("invoice").GetProperty("status").GetString());
    }

    private async Task<(SignedIn Admin, string InvoiceId)> IssuedAsync(string clientName)
    {
        var admin = await app.SharedAdministratorAsync();
        return (admin, await app.IssuedInvoiceAsync(admin, await app.ClientOrganisationAsync(admin, clientName)));
    }
}
