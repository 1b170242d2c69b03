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

    /// <summary>Whether the service closes every client's month itself; off, staff close each with <c>closeBillingMonth</c>.</summary>
    public bool CloseMonthsAutomatically { get; set; } = true;

    /// <summary>How long after a month ends it is closed, so time logged late for its last day is on its invoice.</summary>
    public TimeSpan CloseMonthsAfter { get; set; } = TimeSpan.FromDays(1);
}
