namespace Milestone.Domain.HourBanks;

/// <summary>
/// How fast the bank is being used over the trailing <c>Days</c> (billed minutes entered in that window, less
/// reversals entered in it), and the day (in the bank's time zone) the remaining balance runs out at that rate. No burn, no date;
/// a bank already at or below zero ran dry today.
/// </summary>
public sealed record BurnRate(int Days, int ConsumedMinutes, decimal MinutesPerDay, DateOnly? RunsDryOn)
{
    public static BurnRate Over(IReadOnlyList<object> ledger, int days, int remainingMinutes, DateTimeOffset now)
    {
        var today = BankCalendar.Of(ledger).Today(now);
        var since = now.AddDays(-days);
        var consumed = ledger.Sum(@event => @event switch
        {
            WorklogDebited debit when debit.At > since && debit.At <= now => debit.BilledMinutes,
            WorklogDebitReversed reversal when reversal.At > since && reversal.At <= now => -reversal.BilledMinutes,
            _ => 0,
        });
        var perDay = Math.Round((decimal)consumed / days, 2, MidpointRounding.AwayFromZero);
        DateOnly? runsDryOn = remainingMinutes <= 0
            ? today
            : consumed > 0 ? today.AddDays((int)Math.Ceiling(remainingMinutes * (decimal)days / consumed)) : null;
        return new BurnRate(days, consumed, perDay, runsDryOn);
    }
}

public sealed record HourBankForecast(int RemainingMinutes, BurnRate Trailing30Days, BurnRate Trailing90Days)
{
    public static HourBankForecast For(IReadOnlyList<object> ledger, DateTimeOffset now)
    {
        var remaining = HourBankBalance.AsOf(ledger, now).Remaining;
        return new HourBankForecast(remaining, BurnRate.Over(ledger, 30, remaining, now), BurnRate.Over(ledger, 90, remaining, now));
    }
}
