using Milestone.Domain.Organisations;

namespace Milestone.Projections.Organisations;

public sealed partial class ClientOrganisationDetailsProjection : SingleStreamProjection<ClientOrganisationDetails, Guid>
{
    public static ClientOrganisationDetails Create(ClientOrganisationCreated created) =>
        new(created.ClientId, created.Name, created.TimeZone, created.Locations, created.CreatedAt);

    public static ClientOrganisationDetails Apply(TwoFactorRequirementChanged changed, ClientOrganisationDetails client) =>
        client with { TwoFactorRequired = changed.Required };

    public static ClientOrganisationDetails Apply(Domain.Billing.ClientBillingTermsSet set, ClientOrganisationDetails client) =>
        client with { TaxRatePercent = set.TaxRatePercent, PaymentTermsDays = set.PaymentTermsDays };

    public static ClientOrganisationDetails Apply(Domain.Billing.ClientRatesSet set, ClientOrganisationDetails client) =>
        client with { Rates = Domain.Billing.RateCard.Of(set) };

    public static ClientOrganisationDetails Apply(Domain.Billing.BillingMonthClosed closed, ClientOrganisationDetails client) =>
        client with { ClosedBillingMonths = [.. client.ClosedBillingMonths, new Domain.Billing.ClosedBillingMonth(closed.Month, closed.InvoiceId)] };

    public static ClientOrganisationDetails Apply(ClientSlaPolicyChosen chosen, ClientOrganisationDetails client) =>
        client with { SlaPolicyId = chosen.PolicyId };
}
