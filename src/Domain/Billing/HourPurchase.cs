namespace Milestone.Domain.Billing;

public enum HourPurchaseStatus
{
    Requested,
    Approved,
    Declined,
}

/// <summary>
/// A client buying hours from the catalogue: requested by the client's administrator, then approved by staff (the block
/// is credited and an invoice drafted) or declined with a reason. One stream each.
/// </summary>
public sealed record HourPurchase(Guid Id, Guid ClientId, HourPurchaseRequested Terms)
{
    public HourPurchaseStatus Status { get; init; } = HourPurchaseStatus.Requested;

    public Guid? CreditId { get; init; }

    public Guid? InvoiceId { get; init; }

    public string? DeclineReason { get; init; }

    public int Version { get; set; }

    public static HourPurchase? Evolve(HourPurchase? state, object @event) => @event switch
    {
        HourPurchaseRequested requested => new HourPurchase(requested.PurchaseId, requested.ClientId, requested),
        HourPurchaseApproved approved => state! with { Status = HourPurchaseStatus.Approved, CreditId = approved.CreditId, InvoiceId = approved.InvoiceId },
        HourPurchaseDeclined declined => state! with { Status = HourPurchaseStatus.Declined, DeclineReason = declined.Reason },
        _ => state,
    };

    /// <summary>
    /// <paramref name="offer"/> is the catalogue entry named, null when there is none; <paramref name="bankCurrency"/> the
    /// currency of the client's hour bank, null when it has none: the block is credited there, so the two must agree.
    /// </summary>
    public static HourPurchaseRequested Request(Guid purchaseId, Guid clientId, HourOffer? offer, string? bankCurrency, Actor actor, DateTimeOffset now)
    {
        if (!actor.WorksWith(clientId))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        }

        if (actor.Role != Role.ClientAdmin && !actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "A client's administrators buy hours (or staff on their behalf).");
        }

        if (offer is null || offer.Retired)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such offer.", "offerId");
        }

        if (bankCurrency is null)
        {
            throw new CommandRejected(Rejection.Conflict, "This client has no hour bank to credit; ask the account manager to open one.");
        }

        if (!string.Equals(bankCurrency, offer.Currency, StringComparison.Ordinal))
        {
            throw new CommandRejected(Rejection.Invalid, $"This offer is priced in {offer.Currency}, the client's hour bank kept in {bankCurrency}.", "offerId");
        }

        return new HourPurchaseRequested(purchaseId, clientId, offer.Id, offer.Name, offer.Minutes, offer.Price, offer.Currency, offer.ValidityMonths, actor.PersonId, now);
    }

    /// <summary>Approving again changes nothing; the credit and the invoice are named after the purchase, so each is made once.</summary>
    public IEnumerable<object> Approve(Actor actor, DateTimeOffset now)
    {
        RequireDecidedBy(actor);
        return Status switch
        {
            HourPurchaseStatus.Approved => [],
            HourPurchaseStatus.Declined => throw new CommandRejected(Rejection.Conflict, "This purchase was declined."),
            _ => [new HourPurchaseApproved(Id, ClientId, NameBasedGuid.Create(Id, "credit"), NameBasedGuid.Create(Id, "invoice"), actor.PersonId, now)],
        };
    }

    public IEnumerable<object> Decline(Actor actor, string reason, DateTimeOffset now)
    {
        RequireDecidedBy(actor);
        if (Status == HourPurchaseStatus.Approved)
        {
            throw new CommandRejected(Rejection.Conflict, "This purchase was approved.");
        }

        RequestRules.RequireReason(reason);
        return Status == HourPurchaseStatus.Declined ? [] : [new HourPurchaseDeclined(Id, ClientId, reason.Trim(), actor.PersonId, now)];
    }

    /// <summary>Staff who work with the client, and the client's administrators, see its purchases.</summary>
    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId) && (actor.IsStaff || actor.Role == Role.ClientAdmin);

    private void RequireDecidedBy(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such purchase.", "purchaseId");
        }

        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers approve purchases of hours.");
        }
    }
}
