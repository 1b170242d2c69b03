using Milestone.Api.HourBanks;
using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>
/// Staff approve a purchase of hours: in its transaction the approval is recorded and the invoice for it drafted, and
/// the block is credited to the client's bank right after (its credit id is named after the purchase, so it is credited once).
/// </summary>
public sealed record ApproveHourPurchase(Guid PurchaseId, Actor Actor) : IActorCommand;

public static class ApproveHourPurchaseHandler
{
    public static async Task<(Events, IEnumerable<IMartenOp>, OutgoingMessages)> Handle(
        ApproveHourPurchase command,
        [WriteAggregate(nameof(ApproveHourPurchase.PurchaseId))] HourPurchase purchase,
        IQuerySession session,
        IOptions<BillingSettings> billing,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        if (purchase.Approve(command.Actor, now).ToList() is not [HourPurchaseApproved approved])
        {
            return ([], [], []);
        }

        var terms = purchase.Terms;
        var client = await session.LoadAsync<ClientOrganisationDetails>(purchase.ClientId, cancellation);
        var bank = await session.LoadAsync<HourBank>(HourBank.IdFor(purchase.ClientId), cancellation)
            ?? throw new CommandRejected(Rejection.Conflict, "This client no longer has an hour bank to credit.");
        var (taxRatePercent, paymentTermsDays) = SetClientBillingTermsHandler.TermsOf(client, billing.Value);
        var drafted = Invoice.Draft(approved.InvoiceId, purchase.ClientId, client?.TimeZone, terms.Currency, taxRatePercent, paymentTermsDays, command.Actor, now);
        var line = Invoice.Evolve(null, drafted)!
            .AddLine(
                command.Actor,
                NameBasedGuid.Create(purchase.Id, "line"),
                $"{terms.OfferName}: {BillingMonth.HoursText(terms.Minutes)} of support",
                1m,
                terms.Price,
                now,
                [new BilledEntry(BilledEntryKind.HourBlock, approved.CreditId, terms.Minutes, 0m)])
            .Single();
        var purchasedOn = bank.Calendar.Today(now);
        return (
            [approved],
            [MartenOps.StartStream<Invoice>(approved.InvoiceId, drafted, line)],
            [new PurchaseHourBlock(purchase.ClientId, approved.CreditId, terms.Minutes, terms.Price, terms.Currency, purchasedOn, HourOffer.LastDay(purchasedOn, terms.ValidityMonths), null, command.Actor)]);
    }
}

public sealed record DeclineHourPurchase(Guid PurchaseId, string Reason, Actor Actor) : IActorCommand;

public static class DeclineHourPurchaseHandler
{
    public static Events Handle(DeclineHourPurchase command, [WriteAggregate(nameof(ApproveHourPurchase.PurchaseId))] HourPurchase purchase, TimeProvider time) =>
        [.. purchase.Decline(command.Actor, command.Reason, time.GetUtcNow())];
}
