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

    /// <summary>What the read side keeps (months, debits per worklog) answers exactly what folding the ledger answers.</summary>
    private static void AssertRollupsAgreeWithTheLedger(LedgerHistory history)
    {
        var (calendar, ledger) = (history.Bank.Calendar, history.Ledger);
        var months = ledger
            .GroupBy(@event => HourBankMonth.IdFor(BankId, calendar.MonthOf(((IHourBankEvent)@event).At)))
            .Select(entered => entered.Aggregate(HourBankMonth.Empty(entered.Key), (month, @event) => month.With(@event)))
            .OrderBy(month => month.Month)
            .ToList();
        for (var month = calendar.MonthOf(OpenedAt).AddMonths(-1); month <= calendar.MonthOf(history.Now).AddMonths(1); month = month.AddMonths(1))
        {
            var before = months.Where(entered => entered.Month < month).Select(entered => entered.Totals);
            var fromMonths = MonthlyStatement.For(calendar, before, months.SingleOrDefault(entered => entered.Month == month), month);
            Assert.Equal(Json([MonthlyStatement.For(ledger, month)]), Json([fromMonths]));
        }

        Assert.Equal(HourBankBalance.Of(ledger), HourBankBalance.Of(months.Select(month => month.Totals)));
        var recent = months.Where(month => month.Month >= HourBankForecast.MonthsFrom(calendar, history.Now));
        Assert.Equal(HourBankForecast.For(ledger, history.Now), HourBankForecast.For(calendar, HourBankBalance.Of(months.Select(month => month.Totals)), recent, history.Now));

        var debits = ledger.OfType<WorklogDebited>().Select(debited => debited.WorklogId).Distinct().Select(worklogId => Posted(worklogId, ledger)!).ToList();
        var (from, to) = (calendar.Today(OpenedAt), calendar.Today(history.Now));
        foreach (var grouping in Enum.GetValues<UsageGrouping>())
        {
            Assert.Equal(HourBankUsage.For(ledger, from, to, grouping), HourBankUsage.For(debits, from, to, grouping));
        }
    }

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
        if (bank.OverageMinutes > 0)
        {
            var today = bank.Calendar.Today(history.Now);
            Assert.All(bank.Credits.Values.Where(credit => credit.RemainingMinutes > 0), credit => Assert.True(credit.LastDay < today, "Overage is owed while a usable credit holds minutes."));
        }
    }

    /// <summary>Every month from opening to now reconciles, each opens where the last closed, and the last closes on the balance.</summary>
    private static void AssertStatementsReconcile(LedgerHistory history)
    {
        var calendar = history.Bank.Calendar;
        var statements = new List<MonthlyStatement>();
        for (var month = calendar.MonthOf(OpenedAt); month <= calendar.MonthOf(history.Now); month = month.AddMonths(1))
        {
            statements.Add(MonthlyStatement.For(history.Ledger, month));
        }

        Assert.All(statements, statement => Assert.True(statement.Reconciles, $"{statement.Month:yyyy-MM} does not reconcile."));
        Assert.All(statements.Zip(statements.Skip(1)), pair => Assert.Equal(pair.First.Closing, pair.Second.Opening));
        Assert.Equal(HourBankBalance.Of(history.Ledger), statements[^1].Closing);
        Assert.Equal(history.Ledger.Count(@event => @event is not HourBankOpened and not HourBankLowBalanceReached), statements.Sum(statement => statement.Lines.Count));
    }
}
