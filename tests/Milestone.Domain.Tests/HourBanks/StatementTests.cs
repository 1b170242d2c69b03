using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>A real October and November, written by the decisions themselves, then read back.</summary>
public sealed class StatementTests
{
    [Fact]
    public void The_balance_is_known_as_of_any_instant()
    {
        var ledger = Ledger();

        Assert.Equal(
            new HourBankBalance(300, 600, 0, 60, 0, 0, 150m, "EUR"),
            HourBankBalance.AsOf(ledger, At(10, 31, 23)));
        var midNovember = HourBankBalance.AsOf(ledger, At(11, 15, 0));
        Assert.Equal((-180, 180, 450m), (midNovember.Remaining, midNovember.Overage, midNovember.OverageAmount));
        var now = HourBankBalance.AsOf(ledger, Now);
        Assert.Equal(
            (Purchased: 900, Allocated: 1_200, Adjusted: -30, Consumed: 1_050, Expired: 600, Remaining: 420, Overage: 0),
            (now.Purchased, now.Allocated, now.Adjusted, now.Consumed, now.Expired, now.Remaining, now.Overage));
        Assert.Equal(now.Remaining, ledger.Aggregate((HourBank?)null, HourBank.Evolve)!.BalanceMinutes);
    }

    [Fact]
    public void A_monthly_statement_reconciles_to_the_minute()
    {
        var statement = ReadSide.Statement(Ledger(), Nov);

        Assert.Equal((840, 0), (statement.Opening.Remaining, statement.Opening.Overage));
        Assert.Equal(
            [
                (StatementEntry.Expiry, -540, 0),
                (StatementEntry.Allocation, 600, 0),
                (StatementEntry.Debit, -15, 0),
                (StatementEntry.Reversal, 60, 0),
                (StatementEntry.Expiry, -60, 0),
                (StatementEntry.Debit, -30, 0),
                (StatementEntry.Adjustment, -30, 0),
                (StatementEntry.Debit, -1_005, 180),
                (StatementEntry.Purchase, 600, 0),
                (StatementEntry.OverageRepaid, 0, -180),
            ],
            statement.Lines.Select(line => (line.Entry, line.Minutes, line.OverageMinutes)));
        Assert.Equal(
            (Credits: 1_200, Debits: 1_050, Reversals: 60, Expiries: 600, Adjustments: -30),
            (statement.Credits, statement.Debits, statement.Reversals, statement.Expiries, statement.Adjustments));
        Assert.Equal((420, 0), (statement.Closing.Remaining, statement.Closing.Overage));
        Assert.True(statement.Reconciles);
    }

    [Fact]
    public void Each_debit_line_carries_what_an_invoice_is_checked_against()
    {
        var debit = ReadSide.Statement(Ledger(), Nov).Lines.First(line => line.Entry == StatementEntry.Debit);

        Assert.Equal(
            (W2, RequestId, Agent.PersonId, "Network", new DateOnly(2026, 11, 3), 7, -15),
            (debit.WorklogId!.Value, debit.RequestId!.Value, debit.AgentId!.Value, debit.Category, debit.WorkDate!.Value, debit.LoggedMinutes!.Value, debit.Minutes));
        Assert.Single(debit.Draws);
    }

    [Fact]
    public void October_closes_where_November_opens()
    {
        var ledger = Ledger();

        Assert.Equal(ReadSide.Statement(ledger, Oct).Closing, ReadSide.Statement(ledger, Nov).Opening);
        Assert.True(ReadSide.Statement(ledger, Oct).Reconciles);
    }

    [Fact]
    public void A_month_after_new_terms_opens_at_the_new_overage_rate_in_the_bank_s_currency()
    {
        var ledger = Ledger();
        ledger.Add(new BankTermsChanged(BankId, Acme, 15, 90m, LowBalanceThreshold.AtMinutes(0), AccountManager.PersonId, At(11, 25, 9)));

        var december = ReadSide.Statement(ledger, Dec);

        Assert.Equal((90m, "EUR"), (december.Opening.OverageRatePerHour, december.Opening.Currency));
        Assert.Equal((150m, "EUR"), (ReadSide.Statement(ledger, Nov).Opening.OverageRatePerHour, ReadSide.Statement(ledger, Nov).Opening.Currency));
    }

    private static List<object> Ledger()
    {
        var ledger = new List<object> { Opened() };
        void Run(Func<HourBank, IEnumerable<object>> decide) => ledger.AddRange(decide(ledger.Aggregate((HourBank?)null, HourBank.Evolve)!));

        Run(bank => bank.ContractMonthlyAllocation(AccountManager, ContractId, 600, Oct, null, RolloverRule.None, OpenedAt));
        Run(bank => bank.AllocateMonth(Oct, At(10, 1, 0)));
        Run(bank => bank.PurchaseBlock(AccountManager, C1, 300, 450m, "EUR", new DateOnly(2026, 10, 5), null, At(10, 5, 9)));
        Run(bank => bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", new DateOnly(2026, 10, 10), 50, true, At(10, 10, 17)));
        Run(bank => bank.ExpireDueCredits(At(11, 1, 0)));
        Run(bank => bank.AllocateMonth(Nov, At(11, 1, 0)));
        Run(bank => bank.PostWorklog(null, W2, RequestId, Agent.PersonId, "Network", new DateOnly(2026, 11, 3), 7, true, At(11, 3, 10)));
        Run(bank => bank.CorrectWorklog(Posted(WorklogId, ledger), WorklogId, RequestId, Agent.PersonId, "Printing", new DateOnly(2026, 10, 10), 20, true, At(10, 10, 17), At(11, 4, 10)));
        Run(bank => bank.Adjust(TeamLead, Id(0xe1), -30, "Duplicate of a block entered by hand", At(11, 10, 10)));
        Run(bank => bank.PostWorklog(null, W3, RequestId, Agent.PersonId, "Migration", new DateOnly(2026, 11, 12), 1_000, true, At(11, 12, 18)));
        Run(bank => bank.PurchaseBlock(AccountManager, C2, 600, 900m, "EUR", new DateOnly(2026, 11, 20), null, At(11, 20, 9)));
        return ledger;
    }

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);
}
