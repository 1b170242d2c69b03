using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// Burn multipliers and overage rates, worked by hand. The bank bills in 15-minute increments; senior engineers
/// (team <see cref="Seniors"/>) draw 1.5 hours an hour, and after-hours work (requests of the "After hours" category)
/// draws twice; the two multiply. Overage cost 150 an hour until the rate went to 180 on 20 November.
/// </summary>
public sealed class RatesTests
{
    private static readonly Guid Seniors = Id(0x5e1);
    private static readonly BurnRates SeniorsAndAfterHours = new([new TeamBurnRate(Seniors, 1.5m)], [new WorkTypeBurnRate("After hours", 2m)]);
    private static readonly BurnRatesSet RatesSet = new(BankId, Acme, SeniorsAndAfterHours.Teams, SeniorsAndAfterHours.WorkTypes, AccountManager.PersonId, OpenedAt);

    [Theory]
    [InlineData(true, "Printing", 45, 1.5, 75)]
    [InlineData(true, "After hours", 40, 3.0, 120)]
    [InlineData(false, "after HOURS", 20, 2.0, 45)]
    [InlineData(false, "Printing", 7, 1.0, 15)]
    public void A_worklog_draws_its_minutes_times_the_multiplier_rounded_up_to_the_minute_then_to_the_increment(
        bool senior, string category, int logged, double multiplier, int billed)
    {
        var events = Given(Block(C1, 600), RatesSet).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, category, Today, logged, true, Now, senior ? [Seniors] : []);

        var debited = Assert.IsType<WorklogDebited>(Assert.Single(events));
        Assert.Equal((logged, (decimal)multiplier, billed), (debited.LoggedMinutes, debited.Multiplier, debited.BilledMinutes));
        Assert.Equal([Draw(C1, billed)], debited.Draws);
    }

    [Fact]
    public void A_reversal_gives_back_what_the_multiplied_debit_drew_and_keeps_its_multiplier()
    {
        var ledger = new List<object> { Block(C1, 600), RatesSet };
        ledger.AddRange(Given([.. ledger]).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 45, true, Now, [Seniors]));

        var reversed = Assert.IsType<WorklogDebitReversed>(Assert.Single(Given([.. ledger]).RemoveWorklog(Posted(WorklogId, ledger), Now)));

        Assert.Equal((45, 75, 1.5m), (reversed.LoggedMinutes, reversed.BilledMinutes, reversed.Multiplier));
        Assert.Equal([Draw(C1, 75)], reversed.Returns);
    }

    [Fact]
    public void Account_managers_set_the_multipliers_and_the_same_ones_again_change_nothing()
    {
        var set = Assert.IsType<BurnRatesSet>(Assert.Single(Given().SetBurnRates(AccountManager, SeniorsAndAfterHours, [Seniors], Now)));

        Assert.Equal(SeniorsAndAfterHours.Teams, set.Teams);
        Assert.Empty(Given(set).SetBurnRates(AccountManager, SeniorsAndAfterHours with { WorkTypes = [new WorkTypeBurnRate(" After hours ", 2m)] }, [Seniors], Now));
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().SetBurnRates(Agent, SeniorsAndAfterHours, [Seniors], Now).ToList()).Rejection);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(10.5)]
    [InlineData(1.255)]
    public void A_multiplier_is_from_a_quarter_to_ten_in_hundredths(double multiplier)
    {
        var rates = new BurnRates([new TeamBurnRate(Seniors, (decimal)multiplier)], []);

        var rejected = Assert.Throws<CommandRejected>(() => Given().SetBurnRates(AccountManager, rates, [Seniors], Now).ToList());

        Assert.Equal((Rejection.Invalid, "rates"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_team_that_does_not_exist_is_refused()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given().SetBurnRates(AccountManager, SeniorsAndAfterHours, [], Now).ToList());

        Assert.Equal((Rejection.NotFound, "rates"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_work_type_named_twice_is_refused()
    {
        var rates = new BurnRates([], [new WorkTypeBurnRate("After hours", 2m), new WorkTypeBurnRate("AFTER HOURS", 1.5m)]);

        Assert.Equal(Rejection.Invalid, Assert.Throws<CommandRejected>(() => Given().SetBurnRates(AccountManager, rates, [Seniors], Now).ToList()).Rejection);
    }

    /// <summary>
    /// An empty bank. Work of 19 November (60 minutes) and of 20 November (30 minutes), both logged on the 26th after the
    /// rate went up on the 20th: 60 × 150 / 60 + 30 × 180 / 60 = 150 + 90 = 240, where today's rate for all of it would say 270.
    /// </summary>
    [Fact]
    public void Overage_is_priced_at_the_rate_in_force_on_the_work_date()
    {
        var raised = new BankTermsChanged(BankId, Acme, 15, 180m, LowBalanceThreshold.AtMinutes(0), AccountManager.PersonId, new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));
        var ledger = new List<object> { Opened(), raised };
        ledger.AddRange(WithoutAlerts(GivenOpened(Opened(), raised).PostWorklog(null, W2, RequestId, Agent.PersonId, null, new DateOnly(2026, 11, 19), 60, true, Now)));
        ledger.AddRange(WithoutAlerts(GivenOpened(Opened(), [.. ledger.Skip(1)]).PostWorklog(null, W3, RequestId, Agent.PersonId, null, new DateOnly(2026, 11, 20), 30, true, Now)));

        Assert.Equal([Rate, 180m], ledger.OfType<WorklogDebited>().Select(debited => debited.OverageRatePerHour));
        var balance = HourBankBalance.Of(ledger);
        Assert.Equal((90, 240m), (balance.Overage, balance.OverageAmount));
    }

    [Fact]
    public void Repaid_overage_leaves_the_rest_at_its_own_rate()
    {
        var raised = new BankTermsChanged(BankId, Acme, 15, 180m, LowBalanceThreshold.AtMinutes(0), AccountManager.PersonId, new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));
        var ledger = new List<object>
        {
            Opened(),
            Debited(W2, 60, 60, [], overage: 60) with { WorkDate = new DateOnly(2026, 11, 19) },
            raised,
            Debited(W3, 30, 30, [], overage: 30) with { OverageRatePerHour = 180m },
        };

        ledger.AddRange(WithoutAlerts(GivenOpened(Opened(), [.. ledger.Skip(1)]).PurchaseBlock(AccountManager, C1, 45, 100m, "EUR", Today, null, Now)));

        AssertEvents([new OverageRepaid(BankId, Acme, W2, RequestId, [Draw(C1, 45)], Now, Rate)], ledger.OfType<OverageRepaid>());
        Assert.Equal(37.5m + 90m, HourBankBalance.Of(ledger).OverageAmount);
    }
}
