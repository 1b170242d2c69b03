using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

public sealed class ClientBillingTermsTests
{
    [Fact]
    public void Commercial_staff_set_a_clients_tax_rate_and_payment_terms_once_per_change()
    {
        Assert.Equal([new ClientBillingTermsSet(Acme, 21m, 14, AccountManager.PersonId, Now)], ClientBillingTerms.Set(Acme, null, 21m, 14, AccountManager, Now));
        Assert.Empty(ClientBillingTerms.Set(Acme, (21m, 14), 21m, 14, Admin, Now));
        Assert.Single(ClientBillingTerms.Set(Acme, (21m, 14), 21m, 30, Admin, Now));
    }

    [Fact]
    public void Nobody_else_sets_them_and_they_are_checked_as_an_invoices_are()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => ClientBillingTerms.Set(Acme, null, 21m, 14, Agent, Now).ToList()).Rejection);
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => ClientBillingTerms.Set(Acme, null, 21m, 14, ClientAdmin with { ClientId = Globex }, Now).ToList()).Rejection);
        Assert.Equal("taxRatePercent", Assert.Throws<CommandRejected>(() => ClientBillingTerms.Set(Acme, null, 20.0001m, 14, Admin, Now).ToList()).Field);
        Assert.Equal("paymentTermsDays", Assert.Throws<CommandRejected>(() => ClientBillingTerms.Set(Acme, null, 20m, 366, Admin, Now).ToList()).Field);
    }
}
