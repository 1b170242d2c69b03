using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

public sealed class ReadingTheLedgerTests
{
    [Fact]
    public void A_bank_id_is_derived_from_the_client_and_names_no_other_bank()
    {
        Assert.Equal(HourBank.IdFor(Acme), HourBank.IdFor(Acme));
        Assert.NotEqual(Acme, HourBank.IdFor(Acme));
        Assert.NotEqual(HourBank.IdFor(Acme), HourBank.IdFor(Id(0xc2)));
    }

    [Fact]
    public void Usage_nets_a_corrected_worklog_and_groups_by_the_day_the_work_was_done()
    {
        object[] ledger =
        [
            Block(C1, 600),
            Debited(WorklogId, 20, 30, [Draw(C1, 30)]),
            Reversed(WorklogId, 20, 30, [Draw(C1, 30)], 0, ReversalReason.Corrected),
            Debited(WorklogId, 50, 60, [Draw(C1, 60)]),
            Debited(Id(0xf2), 10, 15, [Draw(C1, 15)]) with { Category = null, WorkDate = Today.AddMonths(-1) },
        ];

        var byCategory = ReadSide.Usage(ledger, Today.AddMonths(-2), Today, UsageGrouping.Category);
        var byMonth = ReadSide.Usage(ledger, Today.AddMonths(-2), Today, UsageGrouping.Month);
        var thisMonth = ReadSide.Usage(ledger, Today.AddDays(-1), Today, UsageGrouping.Request);

        Assert.Equal([new UsageGroup("Printing", 50, 60, 1), new UsageGroup(HourBankUsage.Uncategorised, 10, 15, 1)], byCategory);
        Assert.Equal([new UsageGroup("2026-11", 50, 60, 1), new UsageGroup("2026-10", 10, 15, 1)], byMonth);
        Assert.Equal([new UsageGroup(RequestId.ToString(), 50, 60, 1)], thisMonth);
    }

    [Fact]
    public void The_forecast_runs_the_remaining_balance_down_at_the_trailing_rate()
    {
        object[] ledger =
        [
            Opened(),
            Block(C1, 6_000),
            Debited(WorklogId, 600, 600, [Draw(C1, 600)], at: Now.AddDays(-10)),
            Debited(Id(0xf2), 300, 300, [Draw(C1, 300)], at: Now.AddDays(-60)),
        ];

        var forecast = ReadSide.Forecast(ledger, Now);

        Assert.Equal(5_100, forecast.RemainingMinutes);
        Assert.Equal(new BurnRate(30, 600, 20m, Today.AddDays(255)), forecast.Trailing30Days);
        Assert.Equal(new BurnRate(90, 900, 10m, Today.AddDays(510)), forecast.Trailing90Days);
    }

    [Fact]
    public void A_bank_nobody_draws_never_runs_dry_and_one_in_overage_ran_dry_today()
    {
        Assert.Null(ReadSide.Forecast([Opened(), Block(C1, 600)], Now).Trailing30Days.RunsDryOn);
        Assert.Equal(Today, ReadSide.Forecast([Opened(), Debited(WorklogId, 15, 15, [], overage: 15, at: Now.AddDays(-1))], Now).Trailing90Days.RunsDryOn);
    }
}
