namespace Milestone.Domain.HourBanks;

public enum StatementEntry
{
    Purchase,
    Allocation,
    Adjustment,
    Debit,
    Reversal,
    Expiry,
    OverageRepaid,
    RolledOver,
}

/// <summary>
/// One ledger entry on a statement. <c>Minutes</c> is what it did to the remaining balance (signed);
/// <c>OverageMinutes</c> what it did to the overage owed. Rollover lines move neither: they say what carried. A debit
/// or reversal shows the minutes logged and the burn <c>Multiplier</c> that made them the minutes drawn.
/// </summary>
public sealed record StatementLine(
    DateTimeOffset At,
    StatementEntry Entry,
    int Minutes,
    int OverageMinutes,
    Guid? CreditId,
    Guid? WorklogId,
    Guid? RequestId,
    Guid? AgentId,
    string? Category,
    DateOnly? WorkDate,
    int? LoggedMinutes,
    IReadOnlyList<CreditDraw> Draws,
    string? Note,
    decimal? Multiplier = null);

/// <summary>
/// A client's month in the bank's time zone: the balance at its first instant (local midnight of the 1st),
/// every entry made in it in ledger order, and the balance at its end. Opening + credits − debits + reversals − expiries + adjustments = closing, to the
/// minute, because the three are folded from the same entries.
/// </summary>
public sealed record MonthlyStatement(
    DateOnly Month,
    string TimeZone,
    HourBankBalance Opening,
    IReadOnlyList<StatementLine> Lines,
    HourBankBalance Closing)
{
    public int Credits => Total(StatementEntry.Purchase) + Total(StatementEntry.Allocation);

    public int Debits => -Total(StatementEntry.Debit);

    public int Reversals => Total(StatementEntry.Reversal);

    public int Expiries => -Total(StatementEntry.Expiry);

    public int Adjustments => Total(StatementEntry.Adjustment);

    public bool Reconciles =>
        Opening.Remaining + Credits - Debits + Reversals - Expiries + Adjustments == Closing.Remaining
        && Opening.Overage + Lines.Sum(line => line.OverageMinutes) == Closing.Overage;

    /// <summary>
    /// From the bank's months (<see cref="HourBankMonth"/>): the totals of every month before <paramref name="month"/>,
    /// in order, the month's own totals (null when nothing was entered in it) and its lines in ledger order.
    /// </summary>
    public static MonthlyStatement For(BankCalendar calendar, IEnumerable<HourBankMonthTotals> before, HourBankMonthTotals? entered, IReadOnlyList<StatementLine> lines, DateOnly month)
    {
        if (!Months.IsMonth(month))
        {
            throw new ArgumentException("A month is given by its first day.", nameof(month));
        }

        var opening = HourBankBalance.Of(before);
        return new MonthlyStatement(month, calendar.TimeZoneId, opening, lines, entered is null ? opening : opening.Then(entered));
    }

    private int Total(StatementEntry entry) => Lines.Where(line => line.Entry == entry).Sum(line => line.Minutes);

    /// <summary>The statement line an event of the ledger makes; null for events that move no minutes (terms, notices).</summary>
    public static StatementLine? LineFor(object @event) => @event switch
    {
        HourBlockPurchased purchased => Credit(purchased.At, StatementEntry.Purchase, purchased.Minutes, purchased.CreditId, string.Create(CultureInfo.InvariantCulture, $"{purchased.Price} {purchased.Currency}")),
        MonthlyHoursAllocated allocated => Credit(
            allocated.At, StatementEntry.Allocation, allocated.Minutes, allocated.CreditId, allocated.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + (allocated.CatchUp ? " (catch-up)" : string.Empty)),
        HoursAdjusted adjusted => new StatementLine(
            adjusted.At, StatementEntry.Adjustment, adjusted.Minutes, 0, adjusted.Minutes > 0 ? adjusted.EntryId : null, null, null, null, null, null, null, adjusted.Draws, adjusted.Reason),
        WorklogDebited debited => new StatementLine(
            debited.At,
            StatementEntry.Debit,
            -debited.BilledMinutes,
            debited.OverageMinutes,
            null,
            debited.WorklogId,
            debited.RequestId,
            debited.AgentId,
            debited.Category,
            debited.WorkDate,
            debited.LoggedMinutes,
            debited.Draws,
            null,
            debited.Multiplier),
        WorklogDebitReversed reversed => new StatementLine(
            reversed.At,
            StatementEntry.Reversal,
            reversed.BilledMinutes,
            -reversed.OverageCancelledMinutes,
            null,
            reversed.WorklogId,
            reversed.RequestId,
            reversed.AgentId,
            reversed.Category,
            reversed.WorkDate,
            reversed.LoggedMinutes,
            reversed.Returns,
            reversed.Reason.ToString(),
            reversed.Multiplier),
        OverageRepaid repaid => new StatementLine(
            repaid.At, StatementEntry.OverageRepaid, 0, -repaid.Draws.Sum(draw => draw.Minutes), null, repaid.WorklogId, repaid.RequestId, null, null, null, null, repaid.Draws, null),
        CreditExpired expired => new StatementLine(
            expired.At, StatementEntry.Expiry, -expired.UnusedMinutes, 0, expired.CreditId, null, null, null, null, null, null, [], expired.Reason.ToString()),
        UnusedHoursRolledOver rolled => new StatementLine(
            rolled.At, StatementEntry.RolledOver, 0, 0, null, null, null, null, null, null, null, [], string.Create(CultureInfo.InvariantCulture, $"{rolled.Month:yyyy-MM}: {rolled.RolledOverMinutes} minutes carried")),
        _ => null,
    };

    private static StatementLine Credit(DateTimeOffset at, StatementEntry entry, int minutes, Guid creditId, string note) =>
        new(at, entry, minutes, 0, creditId, null, null, null, null, null, null, [], note);
}
