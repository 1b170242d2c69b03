namespace Milestone.Domain.HourBanks;

/// <summary>
/// A bank's figures folded from its ledger, in minutes. <c>Remaining</c> = purchased + allocated + adjusted −
/// consumed − expired; it is negative exactly when overage is owed, and then equals −<c>Overage</c>.
/// </summary>
public sealed record HourBankBalance(
    int Purchased,
    int Allocated,
    int Adjusted,
    int Consumed,
    int Expired,
    int Overage,
    decimal OverageRatePerHour,
    string Currency)
{
    public static HourBankBalance Empty { get; } = new(0, 0, 0, 0, 0, 0, 0m, string.Empty);

    /// <summary>Of <see cref="Overage"/>, the minutes whose debits recorded the rate in force on their work date.</summary>
    public int PricedOverage { get; init; }

    /// <summary>What <see cref="PricedOverage"/> comes to, each minute at its own rate, unrounded.</summary>
    public decimal PricedOverageValue { get; init; }

    public int Remaining => Purchased + Allocated + Adjusted - Consumed - Expired;

    /// <summary>
    /// Overage still owed, each worklog's at the rate in force on its work date, and the overage of debits recorded
    /// before rates were kept at the current rate (to the cent, halves away from zero).
    /// </summary>
    public decimal OverageAmount =>
        Math.Round(PricedOverageValue + ((Overage - PricedOverage) * OverageRatePerHour / 60m), 2, MidpointRounding.AwayFromZero);

    /// <summary>The balance at <paramref name="asOf"/>: every entry made at or before that instant.</summary>
    public static HourBankBalance AsOf(IEnumerable<object> ledger, DateTimeOffset asOf) =>
        Of(ledger.Where(@event => @event is IHourBankEvent entry && entry.At <= asOf));

    /// <summary>The balance at the end of the last of <paramref name="months"/>, given in order and from the bank's first.</summary>
    public static HourBankBalance Of(IEnumerable<HourBankMonthTotals> months) => months.Aggregate(Empty, (balance, month) => balance.Then(month));

    public static HourBankBalance Of(IEnumerable<object> ledger) => ledger.Aggregate(Empty, (balance, @event) => balance.With(@event));

    public HourBankBalance Then(HourBankMonthTotals month) => new(
        Purchased + month.Movement.Purchased,
        Allocated + month.Movement.Allocated,
        Adjusted + month.Movement.Adjusted,
        Consumed + month.Movement.Consumed,
        Expired + month.Movement.Expired,
        Overage + month.Movement.Overage,
        month.SetsTerms ? month.Movement.OverageRatePerHour : OverageRatePerHour,
        month.Movement.Currency is { Length: > 0 } currency ? currency : Currency)
    {
        PricedOverage = PricedOverage + month.Movement.PricedOverage,
        PricedOverageValue = PricedOverageValue + month.Movement.PricedOverageValue,
    };

    public HourBankBalance With(object @event) => @event switch
    {
        HourBankOpened opened => this with { OverageRatePerHour = opened.OverageRatePerHour, Currency = opened.Currency },
        BankTermsChanged changed => this with { OverageRatePerHour = changed.OverageRatePerHour },
        HourBlockPurchased purchased => this with { Purchased = Purchased + purchased.Minutes },
        MonthlyHoursAllocated allocated => this with { Allocated = Allocated + allocated.Minutes },
        HoursAdjusted adjusted => this with { Adjusted = Adjusted + adjusted.Minutes },
        WorklogDebited debited => (this with { Consumed = Consumed + debited.BilledMinutes, Overage = Overage + debited.OverageMinutes })
            .Priced(debited.OverageMinutes, debited.OverageRatePerHour),
        OverageRepaid repaid => (this with { Overage = Overage - repaid.Draws.Sum(draw => draw.Minutes) })
            .Priced(-repaid.Draws.Sum(draw => draw.Minutes), repaid.OverageRatePerHour),
        WorklogDebitReversed reversed => (this with { Consumed = Consumed - reversed.BilledMinutes, Overage = Overage - reversed.OverageCancelledMinutes })
            .Priced(-reversed.OverageCancelledMinutes, reversed.OverageRatePerHour),
        CreditExpired expired => this with { Expired = Expired + expired.UnusedMinutes },
        _ => this,
    };

    private HourBankBalance Priced(int overageMinutes, decimal? ratePerHour) => ratePerHour is { } rate
        ? this with { PricedOverage = PricedOverage + overageMinutes, PricedOverageValue = PricedOverageValue + (overageMinutes * rate / 60m) }
        : this;
}
