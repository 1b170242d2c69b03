namespace Milestone.Domain.Billing;

public enum InvoiceStatus
{
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Overdue,
    Void,
}

/// <summary>
/// One line: so many units at a price; the amount is rounded to the cent. A negative price credits. <c>Bills</c> names
/// the ledger entries or worklogs the line bills (none on a line typed by staff).
/// </summary>
public sealed record InvoiceLine(Guid LineId, string Description, decimal Quantity, decimal UnitPrice, decimal Amount, IReadOnlyList<BilledEntry>? Bills = null);

/// <summary>A payment as recorded: how much, on which day, how, and the payer's or provider's reference.</summary>
public sealed record InvoicePayment(Guid PaymentId, decimal Amount, DateOnly PaidOn, string Method, string Reference);

/// <summary>Money is kept in decimals and rounded half away from zero to the cent, line by line and once for the tax.</summary>
public static class Money
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}

public static class BillingPermissions
{
    /// <summary>Invoices are commercial: administrators, and account managers for the clients they look after.</summary>
    public static bool MayBill(this Role role) => role is Role.Admin or Role.AccountManager;
}
