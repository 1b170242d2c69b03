using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>A client's administrator asks to buy an offer from the catalogue; staff approve or decline it.</summary>
public sealed record RequestHourPurchase([NewId] Guid PurchaseId, Guid ClientId, Guid OfferId, Actor Actor) : IActorCommand;

/// <summary>The offer named, if any, and the currency of the client's hour bank, if it has one.</summary>
public sealed record PurchaseFacts(HourOffer? Offer, string? BankCurrency);

public static class RequestHourPurchaseHandler
{
    public static async Task<PurchaseFacts> LoadAsync(RequestHourPurchase command, IQuerySession session, CancellationToken cancellation) => new(
        await session.LoadAsync<HourOffer>(command.OfferId, cancellation),
        (await session.LoadAsync<HourBank>(HourBank.IdFor(command.ClientId), cancellation))?.Currency);

    public static IStartStream Handle(RequestHourPurchase command, PurchaseFacts facts, TimeProvider time) =>
        MartenOps.StartStream<HourPurchase>(
            command.PurchaseId,
            HourPurchase.Request(command.PurchaseId, command.ClientId, facts.Offer, facts.BankCurrency, command.Actor, time.GetUtcNow()));
}
