using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

public sealed class BuyingHoursTests
{
    private static readonly Guid OfferId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e7");
    private static readonly Guid PurchaseId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e8");

    private static readonly HourOffer TenHours = HourOffer.Evolve(null, HourOffer.Define(OfferId, " 10 hours ", 600, 950m, "gbp", 12, AccountManager, Now))!;

    [Fact]
    public void Commercial_staff_define_offers_in_a_currency_with_a_validity_and_nobody_else_does()
    {
        Assert.Equal(new HourOffer(OfferId, "10 hours", 600, 950m, "GBP", 12, Now), TenHours);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => HourOffer.Define(OfferId, "x", 600, 1m, "GBP", null, Agent, Now)).Rejection);
        Assert.Equal("minutes", Assert.Throws<CommandRejected>(() => HourOffer.Define(OfferId, "x", 10, 1m, "GBP", null, Admin, Now)).Field);
        Assert.Equal("validityMonths", Assert.Throws<CommandRejected>(() => HourOffer.Define(OfferId, "x", 600, 1m, "GBP", 0, Admin, Now)).Field);
        Assert.Equal(new DateOnly(2027, 11, 25), HourOffer.LastDay(new DateOnly(2026, 11, 26), 12));
    }

    [Fact]
    public void A_clients_administrator_requests_an_offer_on_its_terms_then_which_staff_approve_once()
    {
        var requested = HourPurchase.Request(PurchaseId, Acme, TenHours, bankCurrency: "GBP", ClientAdmin, Now);
        var purchase = HourPurchase.Evolve(null, requested)!;
        var approved = purchase.Approve(AccountManager, Now).ToList();

        Assert.Equal(new HourPurchaseRequested(PurchaseId, Acme, OfferId, "10 hours", 600, 950m, "GBP", 12, ClientAdmin.PersonId, Now), requested);
        var approval = Assert.IsType<HourPurchaseApproved>(Assert.Single(approved));
        Assert.Equal((NameBasedGuid.Create(PurchaseId, "credit"), NameBasedGuid.Create(PurchaseId, "invoice")), (approval.CreditId, approval.InvoiceId));
        Assert.Empty(HourPurchase.Evolve(purchase, approval)!.Approve(Admin, Now));
        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => HourPurchase.Evolve(purchase, approval)!.Decline(Admin, "Too late", Now).ToList()).Rejection);
    }

    [Fact]
    public void Members_other_clients_retired_offers_and_clients_without_a_bank_in_the_offers_currency_cannot_buy()
    {
        var retired = TenHours with { Retired = true };

        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => HourPurchase.Request(PurchaseId, Acme, TenHours, "GBP", Member, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => HourPurchase.Request(PurchaseId, Globex, TenHours, "GBP", ClientAdmin, Now)).Rejection);
        Assert.Equal("offerId", Assert.Throws<CommandRejected>(() => HourPurchase.Request(PurchaseId, Acme, retired, "GBP", ClientAdmin, Now)).Field);
        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => HourPurchase.Request(PurchaseId, Acme, TenHours, null, ClientAdmin, Now)).Rejection);
        Assert.Equal("offerId", Assert.Throws<CommandRejected>(() => HourPurchase.Request(PurchaseId, Acme, TenHours, "EUR", ClientAdmin, Now)).Field);
    }

    [Fact]
    public void Staff_decline_with_a_reason_and_the_client_cannot_approve_their_own_request()
    {
        var purchase = HourPurchase.Evolve(null, HourPurchase.Request(PurchaseId, Acme, TenHours, "GBP", ClientAdmin, Now))!;

        Assert.Equal([new HourPurchaseDeclined(PurchaseId, Acme, "Contract renews next month", Admin.PersonId, Now)], purchase.Decline(Admin, " Contract renews next month ", Now));
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => purchase.Approve(ClientAdmin, Now).ToList()).Rejection);
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => purchase.Approve(AccountManager with { StaffScope = [Globex] }, Now).ToList()).Rejection);
    }
}
