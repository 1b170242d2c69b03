using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>
/// Start an invoice for a client; it stays a draft, seen by staff only, until it is issued. The tax rate and payment
/// terms, when not given, are the client's (<see cref="SetClientBillingTerms"/>) or the service's defaults.
/// </summary>
public sealed record DraftInvoice([NewId] Guid InvoiceId, Guid ClientId, string Currency, decimal? TaxRatePercent, int? PaymentTermsDays, Actor Actor) : IActorCommand;

public static class DraftInvoiceHandler
{
    /// <summary>The client's time zone, in which the invoice is dated and falls due; null when there is no such client.</summary>
    public static async Task<ClientOrganisationDetails?> LoadAsync(DraftInvoice command, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation);

    public static IStartStream Handle(DraftInvoice command, ClientOrganisationDetails? client, IOptions<BillingSettings> billing, TimeProvider time)
    {
        var (taxRatePercent, paymentTermsDays) = SetClientBillingTermsHandler.TermsOf(client, billing.Value);
        return MartenOps.StartStream<Invoice>(
            command.InvoiceId,
            Invoice.Draft(
                command.InvoiceId,
                command.ClientId,
                client?.TimeZone,
                command.Currency,
                command.TaxRatePercent ?? taxRatePercent,
                command.PaymentTermsDays ?? paymentTermsDays,
                command.Actor,
                time.GetUtcNow()));
    }
}
