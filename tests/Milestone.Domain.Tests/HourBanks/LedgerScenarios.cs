using FsCheck;
using FsCheck.Fluent;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>One thing that happens to a bank in a random scenario; picks name a worklog by position, so shrinking stays valid.</summary>
public abstract record LedgerStep;

public sealed record Buy(int Minutes, int? LastDayInDays) : LedgerStep;

public sealed record AddHours(int Minutes) : LedgerStep;

public sealed record Log(int Minutes, bool Billable) : LedgerStep;

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
    private static readonly Gen<bool> MostlyBillable = Gen.Elements(true, true, true, false);

    private static readonly Gen<LedgerStep> Step = Gen.Frequency(
    [
        (3, from minutes in Gen.Choose(1, 600) from days in Gen.Choose(-1, 45) select (LedgerStep)new Buy(minutes, days < 0 ? null : days)),
        (1, from minutes in Gen.Choose(1, 240) select (LedgerStep)new AddHours(minutes)),
        (6, from minutes in Gen.Choose(1, 480) from billable in MostlyBillable select (LedgerStep)new Log(minutes, billable)),
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
