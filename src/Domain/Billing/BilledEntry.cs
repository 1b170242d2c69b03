namespace Milestone.Domain.Billing;

public enum BilledEntryKind
{
    /// <summary>A purchased block, billed at its price; <c>EntryId</c> is its credit in the hour bank.</summary>
    HourBlock,

    /// <summary>One month's allocation under a contract, billed at the contract's monthly price.</summary>
    MonthlyAllocation,

    /// <summary>Overage settled by the invoice: <c>EntryId</c> is the credit that repaid it in the hour bank.</summary>
    Overage,

    /// <summary>Settled overage given back because the worklogs it paid for were corrected; credited at the rate it was billed at.</summary>
    OverageReturned,

    /// <summary>Pay-as-you-go time: <c>EntryId</c> is the worklog; a correction bills the difference (negative minutes credit).</summary>
    Worklog,
}

/// <summary>A ledger entry or worklog an invoice line bills, with the minutes and hourly rate it was billed at (0 for fixed prices).</summary>
public sealed record BilledEntry(BilledEntryKind Kind, Guid EntryId, int Minutes, decimal RatePerHour);

/// <summary>
/// What the client's standing invoices (every one not voided) already bill. A month's close bills only what is not in
/// here, so nothing is billed twice, and a voided invoice's entries are billed again by the next close.
/// </summary>
public sealed class BilledEntries
{
    private readonly ILookup<Guid, BilledEntry> _byEntry;

    private BilledEntries(IEnumerable<BilledEntry> entries) => _byEntry = entries.ToLookup(entry => entry.EntryId);

    public static BilledEntries None { get; } = new([]);

    public static BilledEntries On(IEnumerable<Invoice> invoices) => new(invoices
        .Where(invoice => invoice.Status != InvoiceStatus.Void)
        .SelectMany(invoice => invoice.Lines)
        .SelectMany(line => line.Bills ?? []));

    public bool Bill(Guid entryId) => _byEntry.Contains(entryId);

    public IEnumerable<BilledEntry> For(Guid entryId) => _byEntry[entryId];

    public IEnumerable<BilledEntry> OfKind(BilledEntryKind kind) => _byEntry.SelectMany(entries => entries).Where(entry => entry.Kind == kind);
}
