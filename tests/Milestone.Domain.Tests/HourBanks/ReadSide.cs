namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// A ledger read as the API reads it: grouped into the bank's months and instants and folded into each
/// worklog's debit the way the projections keep them (<c>HourBankMonthProjection</c>, <c>HourBankInstantProjection</c>,
/// <c>BankDebitProjection</c>), then asked with the domain's functions.
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

    /// <summary>The lines entered from <paramref name="from"/> until before <paramref name="until"/>, in ledger order.</summary>
    public static IReadOnlyList<StatementLine> Lines(IReadOnlyList<object> ledger, DateTimeOffset from, DateTimeOffset until) =>
    [
        .. ledger
            .Select(@event => (Id: HourBankInstant.IdFor(@event), Event: @event))
            .Where(entered => entered.Id is not null)
            .GroupBy(entered => entered.Id!, entered => entered.Event)
            .Select(entered => entered.Aggregate(HourBankInstant.Empty(entered.Key), (instant, @event) => instant.With(@event)))
            .Where(instant => instant.At >= from && instant.At < until)
            .OrderBy(instant => instant.At)
            .SelectMany(instant => instant.Lines),
    ];

    public static IReadOnlyList<BankDebit> Debits(IReadOnlyList<object> ledger) =>
        [.. ledger.OfType<WorklogDebited>().Select(debited => debited.WorklogId).Distinct().Select(worklogId => HourBankFixture.Posted(worklogId, ledger)!)];

    public static MonthlyStatement Statement(IReadOnlyList<object> ledger, DateOnly month)
    {
        var (calendar, months) = (CalendarOf(ledger), Months(ledger));
        return MonthlyStatement.For(
            calendar,
            months.Where(entered => entered.Month < month).Select(entered => entered.Totals),
            months.SingleOrDefault(entered => entered.Month == month)?.Totals,
            Lines(ledger, calendar.Start(month), calendar.End(month)),
            month);
    }

    public static IReadOnlyList<UsageGroup> Usage(IReadOnlyList<object> ledger, DateOnly from, DateOnly to, UsageGrouping grouping) =>
        HourBankUsage.For(Debits(ledger), from, to, grouping);

    public static HourBankForecast Forecast(IReadOnlyList<object> ledger, DateTimeOffset now)
    {
        var balance = HourBankBalance.Of(Months(ledger).Select(month => month.Totals));
        return HourBankForecast.For(CalendarOf(ledger), balance, Lines(ledger, HourBankForecast.LinesSince(now), now.AddTicks(1)), now);
    }
}
