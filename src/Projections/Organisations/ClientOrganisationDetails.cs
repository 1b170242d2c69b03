namespace Milestone.Projections.Organisations;

public sealed record ClientOrganisationDetails(
    Guid Id,
    string Name,
    string TimeZone,
    IReadOnlyList<string> Locations,
    DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    /// <summary>Whether the client's people must sign in with two factors.</summary>
    public bool TwoFactorRequired { get; init; }

    /// <summary>The client's own SLA policy; null when it counts under the default one.</summary>
    public Guid? SlaPolicyId { get; init; }

    /// <summary>What the client's new invoices start with; null until staff set them (the service's defaults apply).</summary>
    public decimal? TaxRatePercent { get; init; }

    public int? PaymentTermsDays { get; init; }

    /// <summary>Pay-as-you-go rates in force (null: none set); the history is the stream's <see cref="Domain.Billing.ClientRatesSet"/> events.</summary>
    public Domain.Billing.RateCard? Rates { get; init; }

    public IReadOnlyList<Domain.Billing.ClosedBillingMonth> ClosedBillingMonths { get; init; } = [];
}
