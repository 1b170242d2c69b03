namespace Milestone.Api.Billing;

/// <summary>Bound from <c>Milestone:Billing</c>: who the MSP is on its invoices, and how clients pay.</summary>
public sealed class BillingSettings
{
    public const string Section = "Milestone:Billing";

    public string IssuerName { get; set; } = "Your MSP";

    /// <summary>The issuer's address, one line each.</summary>
    public string[] IssuerAddress { get; set; } = [];

    /// <summary>The tax rate, in percent, of the invoices Milestone drafts itself (a purchase of hours).</summary>
    public decimal TaxRatePercent { get; set; }

    /// <summary>The payment terms, in days, of the invoices Milestone drafts itself.</summary>
    public int PaymentTermsDays { get; set; } = 30;

    /// <summary>Printed under the totals: bank details, a payment link, terms.</summary>
    public string PaymentInstructions { get; set; } = string.Empty;
}
