using Milestone.Domain.Organisations;

namespace Milestone.Domain.Billing;

/// <summary>
/// A client's tax rate and payment terms: what its new invoices start with (staff may draft one otherwise). One rate
/// per client is enough for the MSPs Milestone serves.
/// </summary>
public static class ClientBillingTerms
{
    public static IEnumerable<ClientBillingTermsSet> Set(
        Guid clientId, (decimal TaxRatePercent, int PaymentTermsDays)? current, decimal taxRatePercent, int paymentTermsDays, Actor actor, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers set a client's billing terms.");
        }

        Invoice.RequireValidTerms(taxRatePercent, paymentTermsDays);
        return current == (taxRatePercent, paymentTermsDays) ? [] : [new ClientBillingTermsSet(clientId, taxRatePercent, paymentTermsDays, actor.PersonId, now)];
    }
}

/// <summary>The client's invoices start with this tax rate and these payment terms from now on; issued ones keep theirs.</summary>
public sealed record ClientBillingTermsSet(Guid ClientId, decimal TaxRatePercent, int PaymentTermsDays, Guid SetBy, DateTimeOffset SetAt);
