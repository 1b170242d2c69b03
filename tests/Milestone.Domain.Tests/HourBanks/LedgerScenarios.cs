using FsCheck;
using FsCheck.Fluent;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>One thing that happens to a bank in a random scenario; picks name a worklog by position, so shrinking stays valid.</summary>
public abstract record LedgerStep;

/// <summary>A block, maybe lapsing some days from now, maybe paying only for work dated from some days before or after today.</summary>
public sealed record Buy(int Minutes, int? LastDayInDays, int? ValidFromInDays = null) : LedgerStep;

public sealed record AddHours(int Minutes) : LedgerStep;

/// <summary>Work logged now, dated today or up to a few days back, by a senior engineer or not.</summary>
public sealed record Log(int Minutes, bool Billable, int DaysAgo = 0, bool Senior = false) : LedgerStep;

/// <summary>New burn multipliers, in hundredths: for the seniors' team and for the "Printing" work type.</summary>
public sealed record SetRates(int SeniorHundredths, int PrintingHundredths) : LedgerStep;

public sealed record Correct(int Pick, int Minutes, bool Billable) : LedgerStep;

public sealed record Delete(int Pick) : LedgerStep;

/// <summary>Time passes; the expiry chore may run then or not at all, as a late node would.</summary>
public sealed record Wait(int Minutes, bool RunExpiry) : LedgerStep;

public sealed record LedgerScenario(string TimeZone, IReadOnlyList<LedgerStep> Steps)
{
    public override string ToString() => $"{TimeZone}: {string.Join(", ", Steps)}";
}

public static class LedgerScenarios
{
    /// <summary>How far back work may be dated.</summary>
    public const int MostDaysBack = 10;

    private static readonly Gen<bool> MostlyBillable = Gen.Elements(true, true, true, false);

    private static readonly Gen<LedgerStep> Step = Gen.Frequency(
    [
        (3, from minutes in Gen.Choose(1, 600) from days in Gen.Choose(-1, 45) from validFrom in Gen.Choose(-12, 8)
            select (LedgerStep)new Buy(minutes, days < 0 ? null : days, validFrom < -8 || (days >= 0 && validFrom > days) ? null : validFrom)),
        (1, from minutes in Gen.Choose(1, 240) select (LedgerStep)new AddHours(minutes)),
        (6, from minutes in Gen.Choose(1, 480) from billable in MostlyBillable from daysAgo in Gen.Elements(0, 0, 0, 1, 3, MostDaysBack) from senior in Gen.Elements(true, false)
            select (LedgerStep)new Log(minutes, billable, daysAgo, senior)),
        (1, from senior in Gen.Choose(25, 300) from printing in Gen.Choose(25, 300) select (LedgerStep)new SetRates(senior, printing)),
        (2, from pick in Gen.Choose(0, 1_000) from minutes in Gen.Choose(1, 480) from billable in MostlyBillable select (LedgerStep)new Correct(pick, minutes, billable)),
        (1, from pick in Gen.Choose(0, 1_000) select (LedgerStep)new Delete(pick)),
        (3, from minutes in Gen.Choose(1, 10 * 24 * 60) from runExpiry in Gen.Elements(true, true, false) select (LedgerStep)new Wait(minutes, runExpiry)),
    ]);

    public static Arbitrary<LedgerScenario> Scenario() => Arb.From(
        from timeZone in Gen.Elements("Etc/UTC", "Australia/Sydney", "America/Los_Angeles")
        from steps in Gen.ListOf(Step)
        select new LedgerScenario(timeZone, [.. steps]),
        Shrink);

    /// <summary>Shrinks by dropping one step at a time: the shortest history that still breaks the rule.</summary>
    private static IEnumerable<LedgerScenario> Shrink(LedgerScenario scenario) =>
        Enumerable.Range(0, scenario.Steps.Count)
            .Select(skipped => scenario with { Steps = [.. scenario.Steps.Where((_, index) => index != skipped)] });
}
