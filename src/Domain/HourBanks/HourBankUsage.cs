namespace Milestone.Domain.HourBanks;

public enum UsageGrouping
{
    Request,
    Category,
    Agent,
    Month,
}

/// <summary>Billable time in one group: debits less their reversals, so a corrected worklog counts once, as corrected.</summary>
public sealed record UsageGroup(string Key, int LoggedMinutes, int BilledMinutes, int Worklogs);

/// <summary>
/// What the bank was drawn for, by the day the work was done (not the day it was entered): the question a
/// client asks is "what did you do for us in October", whatever month it reached the ledger.
/// </summary>
public static class HourBankUsage
{
    public const string Uncategorised = "";

    /// <summary>
    /// From the worklogs' debits (<see cref="BankDebit"/>): billable time is debits less their reversals, and a
    /// reversal repeats its debit's figures, so that leaves exactly the debits still standing, one per worklog.
    /// </summary>
    public static IReadOnlyList<UsageGroup> For(IEnumerable<BankDebit> debits, DateOnly from, DateOnly to, UsageGrouping grouping) =>
        Grouped(
            debits
                .Where(debit => !debit.Reversed)
                .Select(debit => new UsageEntry(KeyOf(grouping, debit.RequestId, debit.Category, debit.AgentId, debit.WorkDate), debit.WorkDate, debit.LoggedMinutes, debit.BilledMinutes, 1)),
            from,
            to);

    private static IReadOnlyList<UsageGroup> Grouped(IEnumerable<UsageEntry> entries, DateOnly from, DateOnly to) =>
        [.. entries
            .Where(entry => entry.WorkDate >= from && entry.WorkDate <= to)
            .GroupBy(entry => entry.Key)
            .Select(group => new UsageGroup(group.Key, group.Sum(entry => entry.Logged), group.Sum(entry => entry.Billed), group.Sum(entry => entry.Count)))
            .Where(group => group.Worklogs != 0 || group.BilledMinutes != 0)
            .OrderByDescending(group => group.BilledMinutes)
            .ThenBy(group => group.Key, StringComparer.Ordinal)];

    private static string KeyOf(UsageGrouping grouping, Guid requestId, string? category, Guid agentId, DateOnly workDate) => grouping switch
    {
        UsageGrouping.Request => requestId.ToString(),
        UsageGrouping.Category => category ?? Uncategorised,
        UsageGrouping.Agent => agentId.ToString(),
        _ => workDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    private sealed record UsageEntry(string Key, DateOnly WorkDate, int Logged, int Billed, int Count);
}
