namespace Milestone.Domain.Billing;

/// <summary>
/// A month's close for a client with an hour bank, read from the bank's whole ledger:
/// <list type="bullet">
/// <item>blocks bought and months allocated before the month's end, at their price (a contract's monthly price);</item>
/// <item>overage still owed by worklogs posted before the month's end, at the overage rate in force on each one's work
/// date (the rate when it was posted, for debits recorded before rates were kept). The invoice settles it: the bank records the minutes as bought at that rate, repaying the overage at once, so
/// no later credit repays it again (<see cref="HourBlockPurchased"/> then <see cref="OverageRepaid"/>);</item>
/// <item>settled overage that corrected worklogs gave back and that lapsed unused, credited at the rate it was billed at.</item>
/// </list>
/// </summary>
public static class HourBankMonthClose
{
    public static (IReadOnlyList<ClosingLine> Lines, IReadOnlyList<object> BankEvents) Close(
        IReadOnlyList<object> ledger, BilledEntries billed, DateOnly month, Guid invoiceId, Actor actor, DateTimeOffset now)
    {
        var book = Ledger.Read(ledger);
        var end = book.Calendar.End(month);
        var lines = new List<ClosingLine>();
        lines.AddRange(book.Blocks
            .Where(block => block.At < end && block.Price != 0 && !billed.Bill(block.CreditId))
            .Select(block => new ClosingLine(
                NameBasedGuid.Create(invoiceId, block.CreditId),
                $"Hour block of {BillingMonth.HoursText(block.Minutes)}, bought {block.PurchasedOn:yyyy-MM-dd}",
                1m,
                block.Price,
                [new BilledEntry(BilledEntryKind.HourBlock, block.CreditId, block.Minutes, 0m)])));
        lines.AddRange(book.Allocations
            .Where(allocation => allocation.At < end && book.MonthlyPrice[allocation.ContractId] != 0 && !billed.Bill(allocation.CreditId))
            .Select(allocation => new ClosingLine(
                NameBasedGuid.Create(invoiceId, allocation.CreditId),
                $"Monthly hours for {allocation.Month:yyyy-MM}: {BillingMonth.HoursText(allocation.Minutes)}",
                1m,
                book.MonthlyPrice[allocation.ContractId],
                [new BilledEntry(BilledEntryKind.MonthlyAllocation, allocation.CreditId, allocation.Minutes, 0m)])));

        var bankEvents = new List<object>();
        foreach (var atRate in book.Owed.Values.Where(owed => owed.PostedAt < end && owed.RatePerHour > 0).GroupBy(owed => owed.RatePerHour))
        {
            var creditId = NameBasedGuid.Create(invoiceId, string.Create(CultureInfo.InvariantCulture, $"overage at {atRate.Key}"));
            var minutes = atRate.Sum(owed => owed.Minutes);
            var line = new ClosingLine(
                creditId,
                $"Overage beyond the hour bank: {BillingMonth.HoursText(minutes)} over {atRate.Count()} worklog(s) at {BillingMonth.Rate(atRate.Key, book.Currency)}",
                BillingMonth.Hours(minutes),
                atRate.Key,
                [new BilledEntry(BilledEntryKind.Overage, creditId, minutes, atRate.Key)]);
            lines.Add(line);
            var today = book.Calendar.Today(now);
            bankEvents.Add(new HourBlockPurchased(
                book.BankId, book.ClientId, creditId, minutes, Money.Cents(line.Quantity * line.UnitPrice), book.Currency, today, today, actor.PersonId, now));
            bankEvents.AddRange(atRate.Select(owed =>
                new OverageRepaid(book.BankId, book.ClientId, owed.WorklogId, owed.RequestId, [new CreditDraw(creditId, owed.Minutes)], now, owed.RecordedRate)));
        }

        foreach (var settled in billed.OfKind(BilledEntryKind.Overage))
        {
            var returned = book.LapsedMinutes.GetValueOrDefault(settled.EntryId)
                - billed.For(settled.EntryId).Where(entry => entry.Kind == BilledEntryKind.OverageReturned).Sum(entry => entry.Minutes);
            if (returned > 0)
            {
                lines.Add(new ClosingLine(
                    NameBasedGuid.Create(invoiceId, $"returned {settled.EntryId}"),
                    $"Overage billed before and given back by corrected worklogs: {BillingMonth.HoursText(returned)} at {BillingMonth.Rate(settled.RatePerHour, book.Currency)}",
                    BillingMonth.Hours(returned),
                    -settled.RatePerHour,
                    [new BilledEntry(BilledEntryKind.OverageReturned, settled.EntryId, returned, settled.RatePerHour)]));
            }
        }

        return (lines, bankEvents);
    }

    /// <summary><c>RecordedRate</c> is the rate its debit recorded, null for debits recorded before rates were kept.</summary>
    private sealed record Owing(Guid WorklogId, Guid RequestId, int Minutes, decimal RatePerHour, DateTimeOffset PostedAt, decimal? RecordedRate);

    /// <summary>The ledger as billing reads it.</summary>
    private sealed class Ledger
    {
        public Guid BankId { get; private set; }

        public Guid ClientId { get; private set; }

        public string Currency { get; private set; } = string.Empty;

        public BankCalendar Calendar { get; private set; } = BankCalendar.Utc;

        public List<HourBlockPurchased> Blocks { get; } = [];

        public List<MonthlyHoursAllocated> Allocations { get; } = [];

        public Dictionary<Guid, decimal> MonthlyPrice { get; } = [];

        /// <summary>Overage still owed, by worklog, in the order it was run up.</summary>
        public Dictionary<Guid, Owing> Owed { get; } = [];

        public Dictionary<Guid, int> LapsedMinutes { get; } = [];

        private decimal _overageRate;

        public static Ledger Read(IEnumerable<object> events)
        {
            var ledger = new Ledger();
            foreach (var @event in events)
            {
                ledger.Apply(@event);
            }

            return ledger;
        }

        private void Apply(object @event)
        {
            switch (@event)
            {
                case HourBankOpened opened:
                    (BankId, ClientId, Currency, Calendar, _overageRate) = (opened.BankId, opened.ClientId, opened.Currency, new BankCalendar(opened.TimeZone), opened.OverageRatePerHour);
                    break;
                case BankTermsChanged changed:
                    _overageRate = changed.OverageRatePerHour;
                    break;
                case HourBlockPurchased purchased:
                    Blocks.Add(purchased);
                    break;
                case MonthlyAllocationContracted contracted:
                    MonthlyPrice[contracted.ContractId] = contracted.PricePerMonth;
                    break;
                case MonthlyHoursAllocated allocated:
                    Allocations.Add(allocated);
                    break;
                case WorklogDebited { OverageMinutes: > 0 } debited:
                    Owed[debited.WorklogId] = new Owing(
                        debited.WorklogId, debited.RequestId, debited.OverageMinutes, debited.OverageRatePerHour ?? _overageRate, debited.At, debited.OverageRatePerHour);
                    break;
                case OverageRepaid repaid:
                    var left = Owed[repaid.WorklogId].Minutes - repaid.Draws.Sum(draw => draw.Minutes);
                    if (left > 0)
                    {
                        Owed[repaid.WorklogId] = Owed[repaid.WorklogId] with { Minutes = left };
                    }
                    else
                    {
                        Owed.Remove(repaid.WorklogId);
                    }

                    break;
                case WorklogDebitReversed reversed:
                    Owed.Remove(reversed.WorklogId);
                    break;
                case CreditExpired expired:
                    LapsedMinutes[expired.CreditId] = LapsedMinutes.GetValueOrDefault(expired.CreditId) + expired.UnusedMinutes;
                    break;
            }
        }
    }
}
