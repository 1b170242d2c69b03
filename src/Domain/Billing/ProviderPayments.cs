namespace Milestone.Domain.Billing;

/// <summary>
/// A payment the provider confirms (a signed webhook) is applied like one staff record, without an actor. It may
/// arrive twice, late, or for an invoice that no longer takes it: it is then left unapplied, with the reason, for
/// staff to settle (a refund, a credit), and never refused back to the provider, who would only send it again.
/// </summary>
public sealed partial record Invoice
{
    /// <summary>Issued, not void, and something is still owed on it.</summary>
    public bool IsPayable => Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid or InvoiceStatus.Overdue && Outstanding > 0;

    /// <summary>
    /// What a payer may pay online now: everything outstanding on an issued invoice they can see. A draft, a voided or a
    /// paid invoice has nothing to pay (<c>CONFLICT</c>).
    /// </summary>
    public decimal PayableOnlineBy(Actor actor)
    {
        RequireVisibleTo(actor);
        return IsPayable
            ? Outstanding
            : throw new CommandRejected(Rejection.Conflict, $"A {Status.ToString().ToLowerInvariant()} invoice has nothing to pay.");
    }

    /// <summary><paramref name="paidAt"/> becomes the payment's date in the client's zone, as the invoice's own dates are.</summary>
    public ProviderPaymentOutcome ConfirmProviderPayment(Guid paymentId, decimal amount, string currency, DateTimeOffset paidAt, string provider, string reference, DateTimeOffset now)
    {
        var paidOn = DateOnly.FromDateTime(Instant.FromDateTimeOffset(paidAt).InZone(DateTimeZoneProviders.Tzdb[TimeZone]).Date.ToDateTimeUnspecified());
        if (Payments.Any(payment => payment.PaymentId == paymentId))
        {
            return new ProviderPaymentAlreadyApplied();
        }

        var unapplied = Status is InvoiceStatus.Draft or InvoiceStatus.Void or InvoiceStatus.Paid ? $"The invoice is {Status.ToString().ToLowerInvariant()}."
            : !string.Equals(currency, Currency, StringComparison.OrdinalIgnoreCase) ? $"The payment is in {currency}, the invoice in {Currency}."
            : amount <= 0 || Money.Cents(amount) != amount ? "The amount is not a positive amount in cents."
            : amount > Outstanding ? $"The payment is more than the {Outstanding:0.00} {Currency} outstanding."
            : null;
        return unapplied is not null
            ? new ProviderPaymentUnapplied(unapplied)
            : new ProviderPaymentApplied(new InvoicePaymentRecorded(
                Id, ClientId, new InvoicePayment(paymentId, amount, paidOn, provider, reference), Outstanding - amount, RecordedBy: null, now));
    }
}

public abstract record ProviderPaymentOutcome;

public sealed record ProviderPaymentApplied(InvoicePaymentRecorded Recorded) : ProviderPaymentOutcome;

public sealed record ProviderPaymentAlreadyApplied : ProviderPaymentOutcome;

public sealed record ProviderPaymentUnapplied(string Reason) : ProviderPaymentOutcome;
