using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;
using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.Billing;

/// <summary>
/// November closed for a bank in Amsterdam (its month ends at 30 November 23:00 UTC), worked by hand:
/// October's allocation and the first block were billed on October's invoice; a second block was bought in November;
/// two worklogs ran up overage, one before and one after the overage rate went from 150 to 180 an hour; a third
/// ran up overage after the month had ended; a fourth ran some up that the second block then repaid. Other work used
/// every credited minute, so the bank is empty when the month closes.
/// </summary>
public sealed class HourBankMonthCloseTests
{
    private static readonly Guid B1 = Id(0x201);
    private static readonly Guid B2 = Id(0x202);
    private static readonly Guid W4 = Id(0xf4);
    private static readonly Guid W5 = Id(0xf5);
    private static readonly Guid W6 = Id(0xf6);
    private static readonly Guid W7 = Id(0xf7);
    private static readonly Guid OctoberInvoice = Id(0x301);
    private static readonly Guid NovemberInvoice = BillingMonth.InvoiceIdFor(Acme, Nov);
    private static readonly DateTimeOffset ClosedAt = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid At150 = NameBasedGuid.Create(NovemberInvoice, "overage at 150");
    private static readonly Guid At180 = NameBasedGuid.Create(NovemberInvoice, "overage at 180");

    private static readonly object[] Ledger =
    [
        Opened(timeZone: "Europe/Amsterdam"),
        Contract(ContractId, 600, RolloverRule.None) with { PricePerMonth = 800m },
        Allocated(October, Oct, new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero)),
        Block(B1, 600, at: new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.Zero)) with { Price = 1_000m },
        Debited(W5, 1_200, 1_200, [Draw(October, 600), Draw(B1, 600)], at: At(10, 20)),
        Allocated(November, Nov, new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero)),
        Debited(W6, 600, 600, [Draw(November, 600)], at: At(11, 2)),
        Debited(W4, 20, 30, [], overage: 30, at: At(11, 5)),
        Block(B2, 300, at: At(11, 10)) with { Price = 450m },
        new OverageRepaid(BankId, Acme, W4, RequestId, [Draw(B2, 30)], At(11, 10), Rate),
        Debited(W7, 270, 270, [Draw(B2, 270)], at: At(11, 12)),
        Debited(WorklogId, 40, 45, [], overage: 45, at: At(11, 20)),
        new BankTermsChanged(BankId, Acme, 15, 180m, LowBalanceThreshold.AtMinutes(0), Admin.PersonId, At(11, 25)),
        Debited(W2, 30, 30, [], overage: 30, at: new DateTimeOffset(2026, 11, 30, 22, 59, 0, TimeSpan.Zero)) with { OverageRatePerHour = 180m },
        Debited(W3, 50, 60, [], overage: 60, at: new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)) with { OverageRatePerHour = 180m },
    ];

    private static readonly BilledEntries OctoberBilled = BilledEntries.On([Issued(OctoberInvoice, [
        Line(Id(0x401), 800m, new BilledEntry(BilledEntryKind.MonthlyAllocation, October, 600, 0m)),
        Line(Id(0x402), 1_000m, new BilledEntry(BilledEntryKind.HourBlock, B1, 600, 0m)),
    ])]);

    [Fact]
    public void November_bills_the_new_block_its_allocation_and_the_overage_of_its_worklogs_at_the_rate_when_each_was_posted()
    {
        var (lines, _) = HourBankMonthClose.Close(Ledger, OctoberBilled, Nov, NovemberInvoice, AccountManager, ClosedAt);

        Assert.Equal(
            [
                ("Hour block of 5 hours, bought 2026-11-10", 1m, 450m, 450m),
                ("Monthly hours for 2026-11: 10 hours", 1m, 800m, 800m),
                ("Overage beyond the hour bank: 0h 45m over 1 worklog(s) at 150.00 EUR/h", 0.75m, 150m, 112.50m),
                ("Overage beyond the hour bank: 0h 30m over 1 worklog(s) at 180.00 EUR/h", 0.5m, 180m, 90m),
            ],
            lines.Select(line => (line.Description, line.Quantity, line.UnitPrice, Money.Cents(line.Quantity * line.UnitPrice))));
        Assert.Equal(1_452.50m, Drafted(lines).Subtotal);
        Assert.Equal(
            [
                new BilledEntry(BilledEntryKind.HourBlock, B2, 300, 0m),
                new BilledEntry(BilledEntryKind.MonthlyAllocation, November, 600, 0m),
                new BilledEntry(BilledEntryKind.Overage, At150, 45, 150m),
                new BilledEntry(BilledEntryKind.Overage, At180, 30, 180m),
            ],
            lines.SelectMany(line => line.Bills));
    }

    [Fact]
    public void The_invoice_settles_the_overage_it_bills_so_no_later_credit_repays_it_and_only_Decembers_overage_stays_owed()
    {
        var (_, bankEvents) = HourBankMonthClose.Close(Ledger, OctoberBilled, Nov, NovemberInvoice, AccountManager, ClosedAt);

        AssertEvents(
            [
                new HourBlockPurchased(BankId, Acme, At150, 45, 112.50m, "EUR", Dec, Dec, AccountManager.PersonId, ClosedAt),
                new OverageRepaid(BankId, Acme, WorklogId, RequestId, [Draw(At150, 45)], ClosedAt, Rate),
                new HourBlockPurchased(BankId, Acme, At180, 30, 90.0m, "EUR", Dec, Dec, AccountManager.PersonId, ClosedAt),
                new OverageRepaid(BankId, Acme, W2, RequestId, [Draw(At180, 30)], ClosedAt, 180m),
            ],
            bankEvents);
        var bank = Then(GivenOpened((HourBankOpened)Ledger[0], Ledger[1..]), bankEvents);
        Assert.Equal([new OwedOverage(W3, RequestId, 60, Today, 180m)], bank.Owed);
        Assert.Equal(HourBankBalance.Of(Ledger).Overage - 75, HourBankBalance.Of(Ledger.Concat(bankEvents)).Overage);
    }

    [Fact]
    public void What_a_standing_invoice_bills_is_not_billed_again_but_a_voided_invoices_entries_are_billed_by_the_next_close()
    {
        var (lines, bankEvents) = HourBankMonthClose.Close(Ledger, OctoberBilled, Nov, NovemberInvoice, AccountManager, ClosedAt);
        var settled = Ledger.Concat(bankEvents).ToList();
        var october = Issued(OctoberInvoice, [Line(Id(0x401), 800m, OctoberBilled.For(October).Single()), Line(Id(0x402), 1_000m, OctoberBilled.For(B1).Single())]);
        var november = Drafted(lines);
        var decemberAt = new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.Zero);

        var (again, settledAgain) = HourBankMonthClose.Close(settled, BilledEntries.On([october, november]), Nov, Id(0x302), AccountManager, ClosedAt);
        var (afterVoid, _) = HourBankMonthClose.Close(settled, BilledEntries.On([october, november with { Status = InvoiceStatus.Void }]), Dec, Id(0x303), AccountManager, decemberAt);

        Assert.Empty(again);
        Assert.Empty(settledAgain);
        Assert.Equal(
            [
                ("Hour block of 5 hours, bought 2026-11-10", 450m),
                ("Hour block of 0h 45m, bought 2026-12-01", 112.50m),
                ("Hour block of 0h 30m, bought 2026-12-01", 90.0m),
                ("Monthly hours for 2026-11: 10 hours", 800m),
                ("Overage beyond the hour bank: 1 hours over 1 worklog(s) at 180.00 EUR/h", 180m),
            ],
            afterVoid.Select(line => (line.Description, Money.Cents(line.Quantity * line.UnitPrice))));
    }

    [Fact]
    public void A_worklog_corrected_after_its_overage_was_invoiced_is_credited_at_the_billed_rate_and_billed_afresh_at_todays()
    {
        var (novemberLines, settlement) = HourBankMonthClose.Close(Ledger, OctoberBilled, Nov, NovemberInvoice, AccountManager, ClosedAt);
        var ledger = Ledger.Concat(settlement).ToList();
        var bank = GivenOpened((HourBankOpened)ledger[0], [.. ledger.Skip(1)]);
        var correctedAt = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

        var correction = bank.CorrectWorklog(Posted(WorklogId, ledger), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 90, billable: true, At(11, 20), correctedAt).ToList();
        ledger.AddRange(correction);
        var billed = BilledEntries.On([Issued(OctoberInvoice, [Line(Id(0x401), 800m, OctoberBilled.For(October).Single()), Line(Id(0x402), 1_000m, OctoberBilled.For(B1).Single())]), Drafted(novemberLines)]);
        var december = BillingMonth.InvoiceIdFor(Acme, Dec);
        var (lines, _) = HourBankMonthClose.Close(ledger, billed, Dec, december, AccountManager, new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Contains(new CreditExpired(BankId, Acme, At150, 45, ExpiryReason.Expired, correctedAt), correction);
        Assert.Equal(
            [
                ("Overage beyond the hour bank: 2h 30m over 2 worklog(s) at 180.00 EUR/h", 2.5m, 180m),
                ("Overage billed before and given back by corrected worklogs: 0h 45m at 150.00 EUR/h", 0.75m, -150m),
            ],
            lines.Select(line => (line.Description, line.Quantity, line.UnitPrice)));
        Assert.Equal(450m - 112.50m, Drafted(lines, december).Subtotal);
    }

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 12, 0, 0, TimeSpan.Zero);

    private static MonthlyHoursAllocated Allocated(Guid creditId, DateOnly month, DateTimeOffset at) =>
        new(BankId, Acme, creditId, ContractId, month, 600, Months.LastDay(month), at);

    private static InvoiceLine Line(Guid lineId, decimal price, BilledEntry entry) => new(lineId, "Billed before", 1m, price, price, [entry]);

    private static Invoice Issued(Guid invoiceId, IReadOnlyList<InvoiceLine> lines) =>
        new Invoice(invoiceId, Acme, "EUR", 0m, 30, "Europe/Amsterdam", Now) { Status = InvoiceStatus.Issued, Lines = lines };

    private static Invoice Drafted(IReadOnlyList<ClosingLine> lines, Guid? invoiceId = null)
    {
        var id = invoiceId ?? NovemberInvoice;
        var invoice = Invoice.Evolve(null, Invoice.Draft(id, Acme, "Europe/Amsterdam", "EUR", 0m, 30, AccountManager, ClosedAt))!;
        return lines.Aggregate(invoice, (draft, line) => Invoice.Evolve(draft, draft.AddLine(AccountManager, line.LineId, line.Description, line.Quantity, line.UnitPrice, ClosedAt, line.Bills).Single())!);
    }
}
