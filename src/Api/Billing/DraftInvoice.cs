using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Start an invoice for a client; it stays a draft, seen by staff only, until it is issued.</summary>
public sealed record DraftInvoice([NewId] Guid InvoiceId, Guid ClientId, string Currency, decimal TaxRatePercent, int PaymentTermsDays, Actor Actor) : IActorCommand;

public static class DraftInvoiceHandler
{
    /// <summary>The client's time zone, in which the invoice is dated and falls due; null when there is no such client.</summary>
    public static async Task<ClientOrganisationDetails?> LoadAsync(DraftInvoice command, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation);

    public static IStartStream Handle(DraftInvoice command, ClientOrganisationDetails? client, TimeProvider time) =>
        MartenOps.StartStream<Invoice>(
            command.InvoiceId,
            Invoice.Draft(command.InvoiceId, command.ClientId, client?.TimeZone, command.Currency, command.TaxRatePercent, command.PaymentTermsDays, command.Actor, time.GetUtcNow()));
}
