namespace Milestone.Domain.Billing;

/// <summary>The MSP offers a block of hours at a price, valid for so many months from purchase (null: it never expires).</summary>
public sealed record HourOfferDefined(Guid OfferId, string Name, int Minutes, decimal Price, string Currency, int? ValidityMonths, Guid DefinedBy, DateTimeOffset DefinedAt);

/// <summary>The offer is no longer in the catalogue; purchases already requested keep their terms.</summary>
public sealed record HourOfferRetired(Guid OfferId, Guid RetiredBy, DateTimeOffset RetiredAt);

/// <summary>A client's administrator asked to buy an offer, on the terms it had then. Starts the purchase's stream.</summary>
public sealed record HourPurchaseRequested(
    Guid PurchaseId,
    Guid ClientId,
    Guid OfferId,
    string OfferName,
    int Minutes,
    decimal Price,
    string Currency,
    int? ValidityMonths,
    Guid RequestedBy,
    DateTimeOffset RequestedAt);

/// <summary>Staff approved: the block <paramref name="CreditId"/> is credited to the bank and the invoice <paramref name="InvoiceId"/> drafted.</summary>
public sealed record HourPurchaseApproved(Guid PurchaseId, Guid ClientId, Guid CreditId, Guid InvoiceId, Guid ApprovedBy, DateTimeOffset ApprovedAt);

public sealed record HourPurchaseDeclined(Guid PurchaseId, Guid ClientId, string Reason, Guid DeclinedBy, DateTimeOffset DeclinedAt);
