namespace Milestone.Domain.Billing;

/// <summary>A worklog as it stands, with what prices it: the request's service and the role of whoever logged it.</summary>
public sealed record BillableWork(Guid WorklogId, Guid RequestId, string? Category, Role AgentRole, DateOnly WorkDate, int Minutes, bool Billable, bool Deleted);

/// <summary>
/// A month's close for a client without an hour bank: billable time worked up to the month's last day, each worklog
/// rounded up to the increment and priced by the rate card in force on its work day. New work is billed in one line per
/// service and rate; a worklog billed before and changed since (corrected, deleted, no longer billable) gets a line of
/// its own for the difference, so an issued invoice is never edited.
/// </summary>
public static class PayAsYouGoMonthClose
{
    public static IReadOnlyList<ClosingLine> Close(
        IReadOnlyList<BillableWork> work, IReadOnlyList<ClientRatesSet> rateHistory, BilledEntries billed, string timeZone, DateOnly month, Guid invoiceId)
    {
        if (rateHistory.Count == 0)
        {
            return [];
        }

        var calendar = new BankCalendar(timeZone);
        var currency = rateHistory[0].Currency;
        var lastDay = Months.LastDay(month);
        var lines = new List<ClosingLine>();
        var fresh = new List<(BillableWork Work, string Service, int Minutes, decimal Rate)>();
        foreach (var worklog in work.Where(worklog => worklog.WorkDate <= lastDay).OrderBy(worklog => worklog.WorkDate).ThenBy(worklog => worklog.WorklogId))
        {
            var card = CardOn(rateHistory, calendar, worklog.WorkDate);
            var (minutes, rate) = Target(worklog, card);
            var service = card.ServiceName(worklog.Category);
            var before = billed.For(worklog.WorklogId).ToList();
            if (before.Count == 0)
            {
                if (minutes > 0 && rate > 0)
                {
                    fresh.Add((worklog, service, minutes, rate));
                }

                continue;
            }

            lines.AddRange(Corrections(worklog, service, before, minutes, rate, currency, invoiceId));
        }

        lines.InsertRange(0, fresh
            .GroupBy(billable => (billable.Service, billable.Rate))
            .Select(group =>
            {
                var minutes = group.Sum(billable => billable.Minutes);
                return new ClosingLine(
                    NameBasedGuid.Create(invoiceId, $"time {group.Key.Service} {group.Key.Rate.ToString(CultureInfo.InvariantCulture)}"),
                    $"{group.Key.Service}: {BillingMonth.HoursText(minutes)} over {group.Count()} worklog(s) at {BillingMonth.Rate(group.Key.Rate, currency)}",
                    BillingMonth.Hours(minutes),
                    group.Key.Rate,
                    [.. group.Select(billable => new BilledEntry(BilledEntryKind.Worklog, billable.Work.WorklogId, billable.Minutes, billable.Rate))]);
            }));
        return lines;
    }

    /// <summary>What the worklog should have cost all along: nothing once deleted or not billable.</summary>
    private static (int Minutes, decimal Rate) Target(BillableWork worklog, RateCard card) =>
        worklog.Billable && !worklog.Deleted ? (card.Rounded(worklog.Minutes), card.RateFor(worklog.Category, worklog.AgentRole)) : (0, 0m);

    /// <summary>
    /// The card set last on or before the work day in the client's zone (a card prices the whole day it is set on); work
    /// from before the first card is priced by the first.
    /// </summary>
    private static RateCard CardOn(IReadOnlyList<ClientRatesSet> history, BankCalendar calendar, DateOnly workDate)
    {
        var dayEnds = calendar.EndOfDay(workDate);
        return RateCard.Of(history.LastOrDefault(set => set.SetAt < dayEnds) ?? history[0]);
    }

    /// <summary>Per rate, what was billed against what should be: a line for each difference.</summary>
    private static IEnumerable<ClosingLine> Corrections(BillableWork worklog, string service, IReadOnlyList<BilledEntry> before, int minutes, decimal rate, string currency, Guid invoiceId)
    {
        var billedMinutes = before.Sum(entry => entry.Minutes);
        var owed = before
            .GroupBy(entry => entry.RatePerHour)
            .ToDictionary(group => group.Key, group => -group.Sum(entry => entry.Minutes));
        owed[rate] = owed.GetValueOrDefault(rate) + minutes;
        foreach (var (atRate, difference) in owed.Where(pair => pair.Value != 0 && pair.Key > 0))
        {
            yield return new ClosingLine(
                NameBasedGuid.Create(invoiceId, string.Create(CultureInfo.InvariantCulture, $"correction {worklog.WorklogId} {atRate}")),
                $"Correction to work of {worklog.WorkDate:yyyy-MM-dd} ({service}): billed {BillingMonth.HoursText(billedMinutes)}, now {BillingMonth.HoursText(minutes)}, at {BillingMonth.Rate(atRate, currency)}",
                BillingMonth.Hours(Math.Abs(difference)),
                Math.Sign(difference) * atRate,
                [new BilledEntry(BilledEntryKind.Worklog, worklog.WorklogId, difference, atRate)]);
        }
    }
}
