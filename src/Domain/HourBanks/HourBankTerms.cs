namespace Milestone.Domain.HourBanks;

public enum LowBalanceMeasure
{
    Minutes,
    PercentOfLastCredit,
}

/// <summary>
/// When to warn that the bank runs low: at a fixed number of minutes, or at a percentage of the balance the
/// bank held right after its most recent credit (so a top-up re-bases the alert).
/// </summary>
public sealed record LowBalanceThreshold(LowBalanceMeasure Measure, int Value)
{
    public static LowBalanceThreshold AtMinutes(int minutes) => new(LowBalanceMeasure.Minutes, minutes);

    public static LowBalanceThreshold AtPercent(int percent) => new(LowBalanceMeasure.PercentOfLastCredit, percent);

    public bool IsValid => Measure switch
    {
        LowBalanceMeasure.Minutes => Value >= 0,
        LowBalanceMeasure.PercentOfLastCredit => Value is >= 0 and <= 100,
        _ => false,
    };

    /// <summary>Rounded up, so a 10% threshold of 95 minutes warns at 10 minutes rather than 9.</summary>
    public int MinutesFor(int lastCreditedBalance) => Measure == LowBalanceMeasure.Minutes
        ? Value
        : (int)Math.Ceiling(Math.Max(lastCreditedBalance, 0) * Value / 100m);
}

/// <summary>
/// What happens to a month's unused allocation. Not carried: it lapses at the end of its month. Carried: it
/// stays, for <c>KeepMonths</c> more months if set (else until used), and at each month's close the
/// contract's carried minutes are cut to <c>CapMinutes</c> if set.
/// </summary>
public sealed record RolloverRule(bool CarriesOver, int? CapMinutes = null, int? KeepMonths = null)
{
    public const int MaxKeepMonths = 36;

    public static RolloverRule None { get; } = new(false);

    public static RolloverRule All { get; } = new(true);

    public static RolloverRule UpTo(int capMinutes) => new(true, CapMinutes: capMinutes);

    public static RolloverRule For(int months) => new(true, KeepMonths: months);

    public bool IsValid => CarriesOver
        ? (CapMinutes is null or > 0) && (KeepMonths is null or (> 0 and <= MaxKeepMonths))
        : CapMinutes is null && KeepMonths is null;

    /// <summary>The last day an allocation for <paramref name="month"/> can be drawn; null when only used up or capped.</summary>
    public DateOnly? LastDayFor(DateOnly month) => !CarriesOver
        ? Months.LastDay(month)
        : KeepMonths is { } keep ? Months.LastDay(month.AddMonths(keep)) : null;
}

/// <summary>Months are written as their first day; which instants they span is the bank's <see cref="BankCalendar"/>.</summary>
public static class Months
{
    public static bool IsMonth(DateOnly day) => day.Day == 1;

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);
}
