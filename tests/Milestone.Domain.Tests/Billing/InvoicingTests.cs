using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

public sealed class InvoicingTests
{
    private static readonly Guid InvoiceId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid PaymentId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f2");
    private static readonly InvoiceNumbering NoNumbersYet = InvoiceNumbering.Unused;

    [Fact]
    public void An_account_manager_drafts_an_invoice_in_the_clients_zone_and_nobody_outside_billing_does()
    {
        Assert.Equal(
            new InvoiceDrafted(InvoiceId, Acme, "EUR", 21m, 30, "Europe/Amsterdam", AccountManager.PersonId, Now),
            Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "eur", 21m, 30, AccountManager, Now));
        Assert.Equal(Rejection.Forbidden, Refusal(() => Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EUR", 21m, 30, Agent, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Invoice.Draft(InvoiceId, Acme, null, "EUR", 21m, 30, Admin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EUR", 21m, 30, AccountManager with { StaffScope = [Globex] }, Now)).Rejection);
        Assert.Equal("currency", Refusal(() => Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EURO", 21m, 30, Admin, Now)).Field);
        Assert.Equal("taxRatePercent", Refusal(() => Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EUR", 101m, 30, Admin, Now)).Field);
        Assert.Equal("paymentTermsDays", Refusal(() => Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EUR", 21m, -1, Admin, Now)).Field);
    }

    [Fact]
    public void Lines_round_to_the_cent_and_the_tax_rounds_once_on_the_subtotal()
    {
        // 3 × 33.335 = 100.005 → 100.01; 1.5 × 95 = 142.50; a credit of 12.499 → -12.50.
        // Subtotal 230.01; tax 21 % = 48.3021 → 48.30; total 278.31.
        var invoice = Drafted()
            .Then(Line("Support block", 3m, 33.335m))
            .Then(Line("Overage hours", 1.5m, 95m))
            .Then(Line("Goodwill credit", 1m, -12.499m));

        Assert.Equal([100.01m, 142.50m, -12.50m], invoice.Lines.Select(line => line.Amount));
        Assert.Equal((230.01m, 48.30m, 278.31m), (invoice.Subtotal, invoice.Tax, invoice.Total));
    }

    [Fact]
    public void Issuing_takes_the_next_number_of_the_year_dates_the_invoice_in_the_clients_zone_and_happens_once()
    {
        // 2026-12-31 23:30 UTC is already 1 January 2027 in Amsterdam.
        var newYearsEve = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);
        var numbering = InvoiceNumbering.Evolve(NoNumbersYet, new InvoiceNumberTaken(InvoiceNumbering.StreamId, 2027, 41, "INV-2027-0041", Guid.NewGuid(), Now));
        var invoice = Drafted().Then(Line("Support block", 1m, 1000m));

        var (issued, number) = invoice.Issue(Admin, numbering, newYearsEve)!.Value;

        Assert.Equal(
            new InvoiceIssued(InvoiceId, Acme, "INV-2027-0042", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), 1000m, 210m, 1210m, Admin.PersonId, newYearsEve),
            issued);
        Assert.Equal(new InvoiceNumberTaken(InvoiceNumbering.StreamId, 2027, 42, "INV-2027-0042", InvoiceId, newYearsEve), number);
        var issuedInvoice = Invoice.Evolve(invoice, issued)!;
        Assert.Null(issuedInvoice.Issue(Admin, numbering, newYearsEve));
        Assert.Equal(Rejection.Conflict, Refusal(() => issuedInvoice.AddLine(Admin, Guid.NewGuid(), "Late line", 1m, 1m, Now)).Rejection);
        Assert.Equal("INV-2026-0001", NoNumbersYet.Take(2026, InvoiceId, Now).Number);
    }

    [Fact]
    public void An_empty_draft_or_one_totalling_less_than_nothing_is_not_issued()
    {
        Assert.Equal(Rejection.Invalid, Refusal(() => Drafted().Issue(Admin, NoNumbersYet, Now)).Rejection);
        Assert.Equal(Rejection.Invalid, Refusal(() => Drafted().Then(Line("Credit", 1m, -5m)).Issue(Admin, NoNumbersYet, Now)).Rejection);
    }

    [Fact]
    public void Payments_count_once_each_until_the_invoice_is_paid_and_never_beyond_what_is_owed()
    {
        var invoice = Issued();
        var partly = invoice.RecordPayment(Admin, PaymentId, 210m, new DateOnly(2026, 12, 1), "Bank transfer", "REF-1", Now).ToList();

        Assert.Equal([new InvoicePaymentRecorded(InvoiceId, Acme, new InvoicePayment(PaymentId, 210m, new DateOnly(2026, 12, 1), "Bank transfer", "REF-1"), 1000m, Admin.PersonId, Now)], partly);
        var partlyPaid = invoice.Then(partly[0]);
        Assert.Equal(InvoiceStatus.PartiallyPaid, partlyPaid.Status);
        Assert.Empty(partlyPaid.RecordPayment(Admin, PaymentId, 210m, new DateOnly(2026, 12, 1), "Bank transfer", "REF-1", Now));
        Assert.Equal("amount", Refusal(() => partlyPaid.RecordPayment(Admin, Guid.NewGuid(), 1000.01m, new DateOnly(2026, 12, 2), "Card", "", Now)).Field);
        Assert.Equal("amount", Refusal(() => partlyPaid.RecordPayment(Admin, Guid.NewGuid(), 0.001m, new DateOnly(2026, 12, 2), "Card", "", Now)).Field);
        var paid = partlyPaid.Then(partlyPaid.RecordPayment(Admin, Guid.NewGuid(), 1000m, new DateOnly(2026, 12, 2), "Card", "", Now).Single());
        Assert.Equal((InvoiceStatus.Paid, 0m), (paid.Status, paid.Outstanding));
        Assert.Equal(Rejection.Conflict, Refusal(() => paid.Void(Admin, "Wrong client", Now)).Rejection);
    }

    [Fact]
    public void An_invoice_falls_overdue_once_at_the_start_of_the_day_after_its_due_date_in_the_clients_zone_while_owed()
    {
        var invoice = Issued();
        // Issued on 26 November 2026, 30 days: due 26 December; overdue from 27 December 00:00 in Amsterdam (23:00 UTC on the 26th).
        var overdueAt = new DateTimeOffset(2026, 12, 26, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(overdueAt, invoice.OverdueAt);
        Assert.Empty(invoice.FallOverdue(overdueAt.AddTicks(-1)));
        var overdue = invoice.Then(invoice.FallOverdue(overdueAt).Single());
        Assert.Equal(InvoiceStatus.Overdue, overdue.Status);
        Assert.Empty(overdue.FallOverdue(overdueAt.AddDays(1)));
        var partlyPaidLate = overdue.Then(overdue.RecordPayment(Admin, PaymentId, 10m, new DateOnly(2026, 12, 28), "Card", "", Now).Single());
        Assert.Equal(InvoiceStatus.Overdue, partlyPaidLate.Status);
        var paidInTime = invoice.Then(invoice.RecordPayment(Admin, PaymentId, 1210m, new DateOnly(2026, 12, 1), "Card", "", Now).Single());
        Assert.Empty(paidInTime.FallOverdue(overdueAt));
    }

    [Fact]
    public void A_client_administrator_sees_issued_invoices_of_their_own_client_only_and_never_a_draft()
    {
        Assert.False(Drafted().IsVisibleTo(ClientAdmin));
        Assert.True(Issued().IsVisibleTo(ClientAdmin));
        Assert.False(Issued().IsVisibleTo(Member));
        Assert.False(Issued().IsVisibleTo(Outsider with { Role = Role.ClientAdmin }));
        Assert.Equal(Rejection.Forbidden, Refusal(() => Issued().RecordPayment(ClientAdmin, PaymentId, 1m, new DateOnly(2026, 12, 1), "Card", "", Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Drafted().Void(ClientAdmin, "Not ours", Now)).Rejection);
    }

    [Fact]
    public void Voiding_keeps_the_number_and_happens_once()
    {
        var voided = Issued().Then(Issued().Void(AccountManager, "Billed to the wrong client", Now).Single());

        Assert.Equal((InvoiceStatus.Void, "INV-2026-0001", 0m), (voided.Status, voided.Number, voided.Outstanding));
        Assert.Empty(voided.Void(Admin, "Again", Now));
        Assert.Equal(Rejection.Conflict, Refusal(() => voided.RecordPayment(Admin, PaymentId, 1m, new DateOnly(2026, 12, 1), "Card", "", Now)).Rejection);
    }

    [Fact]
    public void A_payment_the_provider_confirms_is_applied_once_and_one_that_no_longer_fits_is_left_unapplied_with_the_reason()
    {
        var invoice = Issued();
        // 23:30 UTC on 2 December is 3 December in Amsterdam.
        var paidAt = new DateTimeOffset(2026, 12, 2, 23, 30, 0, TimeSpan.Zero);
        var paidOn = new DateOnly(2026, 12, 3);

        var applied = Assert.IsType<ProviderPaymentApplied>(invoice.ConfirmProviderPayment(PaymentId, 1210m, "eur", paidAt, "Card (provider)", "pi_1", Now));
        var paid = invoice.Then(applied.Recorded);

        Assert.Equal(new InvoicePaymentRecorded(InvoiceId, Acme, new InvoicePayment(PaymentId, 1210m, paidOn, "Card (provider)", "pi_1"), 0m, null, Now), applied.Recorded);
        Assert.IsType<ProviderPaymentAlreadyApplied>(paid.ConfirmProviderPayment(PaymentId, 1210m, "EUR", paidAt, "Card (provider)", "pi_1", Now));
        Assert.Equal("The invoice is paid.", Assert.IsType<ProviderPaymentUnapplied>(paid.ConfirmProviderPayment(Guid.NewGuid(), 1m, "EUR", paidAt, "Card", "pi_2", Now)).Reason);
        Assert.Equal("The payment is in GBP, the invoice in EUR.", Assert.IsType<ProviderPaymentUnapplied>(invoice.ConfirmProviderPayment(Guid.NewGuid(), 1m, "GBP", paidAt, "Card", "pi_3", Now)).Reason);
        Assert.IsType<ProviderPaymentUnapplied>(invoice.ConfirmProviderPayment(Guid.NewGuid(), 1210.01m, "EUR", paidAt, "Card", "pi_4", Now));
        var voided = invoice.Then(invoice.Void(Admin, "Wrong client", Now).Single());
        Assert.Equal("The invoice is void.", Assert.IsType<ProviderPaymentUnapplied>(voided.ConfirmProviderPayment(Guid.NewGuid(), 1m, "EUR", paidAt, "Card", "pi_5", Now)).Reason);
    }

    [Fact]
    public void What_is_outstanding_on_an_issued_invoice_is_payable_online_by_whoever_sees_it_and_nothing_else_is()
    {
        var issued = Issued();
        var paid = issued.Then(Assert.Single(issued.RecordPayment(Admin, PaymentId, issued.Outstanding, new DateOnly(2026, 11, 26), "Card", "", Now)));

        Assert.Equal((1210m, 1210m), (issued.PayableOnlineBy(ClientAdmin), issued.PayableOnlineBy(AccountManager)));
        Assert.Equal(Rejection.NotFound, Refusal(() => issued.PayableOnlineBy(Outsider)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Drafted().PayableOnlineBy(ClientAdmin)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => Drafted().PayableOnlineBy(Admin)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => paid.PayableOnlineBy(ClientAdmin)).Rejection);
    }

    private static Invoice Drafted() => Invoice.Evolve(null, Invoice.Draft(InvoiceId, Acme, "Europe/Amsterdam", "EUR", 21m, 30, Admin, Now))!;

    private static Invoice Issued()
    {
        var invoice = Drafted().Then(Line("Support block", 1m, 1000m));
        return invoice.Then(invoice.Issue(Admin, NoNumbersYet, Now)!.Value.Issued);
    }

    private static Func<Invoice, object> Line(string description, decimal quantity, decimal unitPrice) =>
        invoice => invoice.AddLine(Admin, Guid.NewGuid(), description, quantity, unitPrice, Now).Single();

    private static CommandRejected Refusal(Func<object?> decide) =>
        Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);
}

internal static class InvoiceSteps
{
    public static Invoice Then(this Invoice invoice, object @event) => Invoice.Evolve(invoice, @event)!;

    public static Invoice Then(this Invoice invoice, Func<Invoice, object> decide) => invoice.Then(decide(invoice));
}
