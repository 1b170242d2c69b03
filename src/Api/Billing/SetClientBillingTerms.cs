using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Set the tax rate and payment terms a client's new invoices start with.</summary>
public sealed record SetClientBillingTerms(Guid ClientId, decimal TaxRatePercent, int PaymentTermsDays, Actor Actor) : IClientOrganisationChange;

public static class SetClientBillingTermsHandler
{
    public static Events Handle(
        SetClientBillingTerms command, [WriteAggregate(nameof(SetClientBillingTerms.ClientId))] ClientOrganisationDetails client, TimeProvider time) =>
        [.. ClientBillingTerms.Set(
            client.Id,
            client is { TaxRatePercent: { } tax, PaymentTermsDays: { } days } ? (tax, days) : null,
            command.TaxRatePercent,
            command.PaymentTermsDays,
            command.Actor,
            time.GetUtcNow())];

    /// <summary>The client's own terms, else the service's defaults (<see cref="BillingSettings"/>).</summary>
    public static (decimal TaxRatePercent, int PaymentTermsDays) TermsOf(ClientOrganisationDetails? client, BillingSettings defaults) =>
        (client?.TaxRatePercent ?? defaults.TaxRatePercent, client?.PaymentTermsDays ?? defaults.PaymentTermsDays);
}
