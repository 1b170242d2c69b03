namespace Milestone.Domain.Billing;

/// <summary>Staff started an invoice for a client, in a currency, with a tax rate and payment terms. Starts the stream.</summary>
public sealed record InvoiceDrafted(
    Guid InvoiceId,
    Guid ClientId,
    string Currency,
    decimal TaxRatePercent,
    int PaymentTermsDays,
    string TimeZone,
    Guid DraftedBy,
    DateTimeOffset DraftedAt);

public sealed record InvoiceLineAdded(Guid InvoiceId, Guid ClientId, InvoiceLine Line, Guid AddedBy, DateTimeOffset AddedAt);

public sealed record InvoiceLineRemoved(Guid InvoiceId, Guid ClientId, Guid LineId, Guid RemovedBy, DateTimeOffset RemovedAt);

/// <summary>The invoice got its number and dates and can no longer change; its amounts are fixed here.</summary>
public sealed record InvoiceIssued(
    Guid InvoiceId,
    Guid ClientId,
    string Number,
    DateOnly IssuedOn,
    DateOnly DueOn,
    decimal Subtotal,
    decimal Tax,
    decimal Total,
    Guid IssuedBy,
    DateTimeOffset IssuedAt);

/// <summary>
/// Money arrived against the invoice; <paramref name="Outstanding"/> is what is left to pay after it. Recorded by staff,
/// or confirmed by the payment provider (<paramref name="RecordedBy"/> null).
/// </summary>
public sealed record InvoicePaymentRecorded(Guid InvoiceId, Guid ClientId, InvoicePayment Payment, decimal Outstanding, Guid? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The due date passed in the client's time zone with money still owed.</summary>
public sealed record InvoiceFellOverdue(Guid InvoiceId, Guid ClientId, DateOnly DueOn, decimal Outstanding, DateTimeOffset At);

/// <summary>The invoice no longer stands, for the reason given; it keeps its number, so numbers stay without gaps.</summary>
public sealed record InvoiceVoided(Guid InvoiceId, Guid ClientId, string Reason, Guid VoidedBy, DateTimeOffset VoidedAt);

/// <summary>The next number of the year went to an invoice. On the MSP's one numbering stream.</summary>
public sealed record InvoiceNumberTaken(Guid NumberingId, int Year, int Sequence, string Number, Guid InvoiceId, DateTimeOffset At);
