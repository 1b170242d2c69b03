using System.Globalization;
using FsCheck.Xunit;
using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// Random histories of purchases, adjustments, worklogs (some corrected or deleted later) and expiry runs,
/// decided by the bank itself and folded by its own Evolve. After every step the books balance.
/// </summary>
public sealed class LedgerProperties
{
    [Property(Arbitrary = [typeof(LedgerScenarios)])]
    public void The_ledger_always_balances_and_no_credit_is_overdrawn(LedgerScenario scenario)
    {
        var history = new LedgerHistory(scenario.TimeZone);
        foreach (var step in scenario.Steps)
        {
            history.Apply(step);
            AssertBalanced(history);
        }

        AssertStatementsReconcile(history);
        AssertRollupsAgreeWithTheLedger(history);
    }

    /// <summary>
    /// What the read side keeps (months, each worklog's debit) answers what the ledger says: the months sum to its
    /// balance, usage is its debits less their reversals, and a forecast misses no entry of its windows.
    /// </summary>
    private static void AssertRollupsAgreeWithTheLedger(LedgerHistory history)
    {
        var (calendar, ledger, months) = (history.Bank.Calendar, history.Ledger, ReadSide.Months(history.Ledger));
        var balance = HourBankBalance.Of(months.Select(month => month.Totals));
        Assert.Equal(HourBankBalance.Of(ledger), balance);
        var everyLine = ledger.Select(MonthlyStatement.LineFor).OfType<StatementLine>().ToList();
        Assert.Equal(HourBankForecast.For(calendar, balance, everyLine, history.Now), ReadSide.Forecast(ledger, history.Now));

        var (from, to) = (calendar.Today(OpenedAt).AddDays(-LedgerScenarios.MostDaysBack), calendar.Today(history.Now));
        foreach (var grouping in Enum.GetValues<UsageGrouping>())
        {
            var debitsLessReversals = ledger
                .Select(@event => @event switch
                {
                    WorklogDebited debit => (Key: KeyOf(grouping, debit.RequestId, debit.Category, debit.AgentId, debit.WorkDate), debit.WorkDate, Logged: debit.LoggedMinutes, Billed: debit.BilledMinutes, Count: 1),
                    WorklogDebitReversed reversal => (Key: KeyOf(grouping, reversal.RequestId, reversal.Category, reversal.AgentId, reversal.WorkDate), reversal.WorkDate, Logged: -reversal.LoggedMinutes, Billed: -reversal.BilledMinutes, Count: -1),
                    _ => default((string Key, DateOnly WorkDate, int Logged, int Billed, int Count)?),
                })
                .OfType<(string Key, DateOnly WorkDate, int Logged, int Billed, int Count)>()
                .GroupBy(entry => entry.Key)
                .Select(group => new UsageGroup(group.Key, group.Sum(entry => entry.Logged), group.Sum(entry => entry.Billed), group.Sum(entry => entry.Count)))
                .Where(group => group.Worklogs != 0 || group.BilledMinutes != 0)
                .OrderBy(group => group.Key, StringComparer.Ordinal);
            Assert.Equal(debitsLessReversals, ReadSide.Usage(ledger, from, to, grouping).OrderBy(group => group.Key, StringComparer.Ordinal));
        }
    }

    private static string KeyOf(UsageGrouping grouping, Guid requestId, string? category, Guid agentId, DateOnly workDate) => grouping switch
    {
        UsageGrouping.Request => requestId.ToString(),
        UsageGrouping.Category => category ?? HourBankUsage.Uncategorised,
        UsageGrouping.Agent => agentId.ToString(),
        _ => workDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    private static void AssertBalanced(LedgerHistory history)
    {
        var (bank, ledger) = (history.Bank, history.Ledger);
        var credits = ledger.OfType<HourBlockPurchased>().Sum(purchased => purchased.Minutes) + ledger.OfType<HoursAdjusted>().Sum(adjusted => adjusted.Minutes);
        var debits = ledger.OfType<WorklogDebited>().Sum(debited => debited.BilledMinutes) - ledger.OfType<WorklogDebitReversed>().Sum(reversed => reversed.BilledMinutes);
        var expired = ledger.OfType<CreditExpired>().Sum(lapsed => lapsed.UnusedMinutes);

        Assert.Equal(credits - debits - expired, bank.BalanceMinutes);
        Assert.Equal(history.ExpectedConsumedMinutes, debits);
        var balance = HourBankBalance.Of(ledger);
        Assert.Equal((bank.BalanceMinutes, bank.OverageMinutes), (balance.Remaining, balance.Overage));
        Assert.All(bank.Credits.Values, credit => Assert.InRange(credit.RemainingMinutes, 0, credit.Minutes));
        var standing = ledger.OfType<WorklogDebited>().Select(debited => debited.WorklogId).Distinct().Select(worklogId => Posted(worklogId, ledger)!).Where(debit => !debit.Reversed).ToList();
        Assert.All(standing, debit => Assert.Equal(debit.BilledMinutes, debit.Draws.Sum(draw => draw.Minutes) + debit.OutstandingOverageMinutes));
        Assert.Equal(standing.Sum(debit => debit.OutstandingOverageMinutes), bank.OverageMinutes);
        var today = bank.Calendar.Today(history.Now);
        var usable = bank.Credits.Values.Where(credit => credit.RemainingMinutes > 0 && !(credit.LastDay < today)).ToList();
        Assert.All(bank.Owed, owed => Assert.DoesNotContain(usable, credit => credit.Pays(owed.WorkDate!.Value)));
        var workDates = ledger.OfType<WorklogDebited>().GroupBy(debited => debited.WorklogId).ToDictionary(debits => debits.Key, debits => debits.Last().WorkDate);
        var drawsForWork = ledger.OfType<WorklogDebited>().SelectMany(debited => debited.Draws.Select(draw => (draw.CreditId, debited.WorkDate)))
            .Concat(ledger.OfType<OverageRepaid>().SelectMany(repaid => repaid.Draws.Select(draw => (draw.CreditId, WorkDate: workDates[repaid.WorklogId]))));
        Assert.All(drawsForWork, draw => Assert.True(bank.Credits[draw.CreditId].Pays(draw.WorkDate), "Work drew a credit whose window does not hold its date."));
    }

    /// <summary>Every month from opening to now reconciles, each opens where the last closed, and the last closes on the balance.</summary>
    private static void AssertStatementsReconcile(LedgerHistory history)
    {
        var calendar = history.Bank.Calendar;
        var statements = new List<MonthlyStatement>();
        for (var month = calendar.MonthOf(OpenedAt); month <= calendar.MonthOf(history.Now); month = month.AddMonths(1))
        {
            statements.Add(ReadSide.Statement(history.Ledger, month));
        }

        Assert.All(statements, statement => Assert.True(statement.Reconciles, $"{statement.Month:yyyy-MM} does not reconcile."));
        Assert.All(statements.Zip(statements.Skip(1)), pair => Assert.Equal(pair.First.Closing, pair.Second.Opening));
        Assert.Equal(HourBankBalance.Of(history.Ledger), statements[^1].Closing);
        Assert.Equal(history.Ledger.Count(@event => @event is not HourBankOpened and not HourBankLowBalanceReached and not BurnRatesSet), statements.Sum(statement => statement.Lines.Count));
    }
}
