namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// A ledger read as the API reads it: grouped into the bank's months and folded into each worklog's debit the way
/// the projections keep them (<c>HourBankMonthProjection</c>, <c>BankDebitProjection</c>), then asked with the
/// domain's functions.
/// </summary>
internal static class ReadSide
{
    public static BankCalendar CalendarOf(IEnumerable<object> ledger) => new(ledger.OfType<HourBankOpened>().First().TimeZone);

    public static IReadOnlyList<HourBankMonth> Months(IReadOnlyList<object> ledger)
    {
        var calendar = CalendarOf(ledger);
        return
        [
            .. ledger
                .Cast<IHourBankEvent>()
                .GroupBy(entry => HourBankMonth.IdFor(entry.BankId, calendar.MonthOf(entry.At)))
                .Select(entered => entered.Aggregate(HourBankMonth.Empty(entered.Key), (month, entry) => month.With(entry)))
                .OrderBy(month => month.Month),
        ];
    }

    public static IReadOnlyList<BankDebit> Debits(IReadOnlyList<object> ledger) =>
        [.. ledger.OfType<WorklogDebited>().Select(debited => debited.WorklogId).Distinct().Select(worklogId => HourBankFixture.Posted(worklogId, ledger)!)];

    public static MonthlyStatement Statement(IReadOnlyList<object> ledger, DateOnly month)
    {
        var months = Months(ledger);
        return MonthlyStatement.For(
            CalendarOf(ledger), months.Where(entered => entered.Month < month).Select(entered => entered.Totals), months.SingleOrDefault(entered => entered.Month == month), month);
    }

    public static IReadOnlyList<UsageGroup> Usage(IReadOnlyList<object> ledger, DateOnly from, DateOnly to, UsageGrouping grouping) =>
        HourBankUsage.For(Debits(ledger), from, to, grouping);

    public static HourBankForecast Forecast(IReadOnlyList<object> ledger, DateTimeOffset now)
    {
        var (calendar, months) = (CalendarOf(ledger), Months(ledger));
        var balance = HourBankBalance.Of(months.Select(month => month.Totals));
        return HourBankForecast.For(calendar, balance, months.Where(month => month.Month >= HourBankForecast.MonthsFrom(calendar, now)), now);
    }
}
