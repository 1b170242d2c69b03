namespace Milestone.Domain.HourBanks;

/// <summary>
/// How fast the bank is being used over the trailing <c>Days</c> (billed minutes entered in that window, less
/// reversals entered in it), and the day (in the bank's time zone) the remaining balance runs out at that rate. No burn, no date;
/// a bank already at or below zero ran dry today.
/// </summary>
public sealed record BurnRate(int Days, int ConsumedMinutes, decimal MinutesPerDay, DateOnly? RunsDryOn)
{
    /// <summary>From the statement lines entered over at least the trailing <paramref name="days"/>: a debit line draws its minutes, a reversal gives them back.</summary>
    public static BurnRate Over(BankCalendar calendar, IReadOnlyList<StatementLine> lines, int days, int remainingMinutes, DateTimeOffset now)
    {
        var today = calendar.Today(now);
        var since = now.AddDays(-days);
        var consumed = -lines
            .Where(line => line.Entry is StatementEntry.Debit or StatementEntry.Reversal && line.At > since && line.At <= now)
            .Sum(line => line.Minutes);
        var perDay = Math.Round((decimal)consumed / days, 2, MidpointRounding.AwayFromZero);
        DateOnly? runsDryOn = remainingMinutes <= 0
            ? today
            : consumed > 0 ? today.AddDays((int)Math.Ceiling(remainingMinutes * (decimal)days / consumed)) : null;
        return new BurnRate(days, consumed, perDay, runsDryOn);
    }
}

public sealed record HourBankForecast(int RemainingMinutes, BurnRate Trailing30Days, BurnRate Trailing90Days)
{
    /// <summary>From the bank's balance now and the lines entered since <see cref="LinesSince"/>.</summary>
    public static HourBankForecast For(BankCalendar calendar, HourBankBalance balance, IReadOnlyList<StatementLine> recent, DateTimeOffset now) =>
        new(balance.Remaining, BurnRate.Over(calendar, recent, 30, balance.Remaining, now), BurnRate.Over(calendar, recent, 90, balance.Remaining, now));

    /// <summary>The instant from which a forecast at <paramref name="now"/> reads lines: the start of its longest window.</summary>
    public static DateTimeOffset LinesSince(DateTimeOffset now) => now.AddDays(-90);
}
