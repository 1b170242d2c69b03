using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>What a client owes in one currency, how much of it is overdue, and the last payment: the Billing tab's heading.</summary>
public sealed record BillingBalance(string Currency, decimal Outstanding, decimal Overdue, int OpenInvoices, InvoicePayment? LastPayment, string? LastPaidInvoice)
{
    /// <summary>One balance per currency the client is invoiced in, from the invoices the caller may see (drafts never count).</summary>
    public static IReadOnlyList<BillingBalance> Of(IEnumerable<Invoice> invoices) =>
    [
        .. invoices
            .Where(invoice => invoice.Status is not (InvoiceStatus.Draft or InvoiceStatus.Void))
            .GroupBy(invoice => invoice.Currency)
            .OrderBy(currency => currency.Key, StringComparer.Ordinal)
            .Select(currency =>
            {
                var last = currency
                    .SelectMany(invoice => invoice.Payments.Select(payment => (Invoice: invoice, Payment: payment)))
                    .OrderByDescending(paid => paid.Payment.PaidOn)
                    .FirstOrDefault();
                return new BillingBalance(
                    currency.Key,
                    currency.Sum(invoice => invoice.Outstanding),
                    currency.Where(invoice => invoice.Status == InvoiceStatus.Overdue).Sum(invoice => invoice.Outstanding),
                    currency.Count(invoice => invoice.Outstanding > 0),
                    last.Payment,
                    last.Invoice?.Number);
            }),
    ];
}

public sealed class BillingBalanceType : ObjectGraphType<BillingBalance>
{
    public BillingBalanceType()
    {
        Name = "BillingBalance";
        Description = "A client's standing in one currency, over its issued invoices.";
        Field(balance => balance.Currency);
        Field(balance => balance.Outstanding).Description("Owed on every issued invoice not yet paid in full.");
        Field(balance => balance.Overdue).Description("The part of it on invoices past their due date.");
        Field(balance => balance.OpenInvoices).Description("How many invoices are still owed.");
        Field(balance => balance.LastPayment, type: typeof(InvoicePaymentType));
        Field(balance => balance.LastPaidInvoice, nullable: true).Description("The number of the invoice the last payment was for.");
    }
}
