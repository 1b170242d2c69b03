using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>The bank opened on 27 September 2026 (UTC); it is 26 November. A contract of 10 hours a month without rollover.</summary>
public sealed class BackDatedContractTests
{
    private static readonly DateOnly Sep = new(2026, 9, 1);
    private static readonly DateOnly Aug = new(2026, 8, 1);

    [Fact]
    public void A_contract_cannot_start_before_the_bank_opened()
    {
        var rejected = Refused(() => Given().ContractMonthlyAllocation(AccountManager, ContractId, 600, Aug, null, RolloverRule.None, Now, catchUp: true));

        Assert.Equal((Rejection.Invalid, "startMonth", "A contract cannot start before the hour bank opened (2026-09)."), (rejected.Rejection, rejected.Field, rejected.Message));
    }

    [Fact]
    public void A_contract_starting_in_a_past_month_must_say_it_is_a_catch_up()
    {
        var rejected = Refused(() => Given().ContractMonthlyAllocation(AccountManager, ContractId, 600, Oct, null, RolloverRule.None, Now));

        Assert.Equal((Rejection.Invalid, "startMonth"), (rejected.Rejection, rejected.Field));
    }

    /// <summary>
    /// Made on 26 November from October: October's 600 minutes are credited at once and can be drawn until 30 November
    /// (without the catch-up they would have lapsed on 31 October, the moment they were credited); November's as usual.
    /// </summary>
    [Fact]
    public void A_catch_up_credits_the_past_months_at_once_drawable_until_the_end_of_this_month()
    {
        var contracted = Assert.IsType<MonthlyAllocationContracted>(Assert.Single(
            Given().ContractMonthlyAllocation(AccountManager, ContractId, 600, Sep, null, RolloverRule.None, Now, catchUp: true)));
        var bank = Given(contracted);

        var allocated = bank.AllocateMonth(Sep, Now).Concat(Then(bank, bank.AllocateMonth(Sep, Now)).AllocateMonth(Oct, Now)).OfType<MonthlyHoursAllocated>().ToList();
        var caughtUp = Then(bank, allocated);
        var november = caughtUp.AllocateMonth(Nov, Now).OfType<MonthlyHoursAllocated>().Single();

        Assert.Equal(new DateOnly(2026, 11, 30), contracted.CatchUpUntil);
        Assert.Equal([(Sep, new DateOnly(2026, 11, 30), true), (Oct, new DateOnly(2026, 11, 30), true)], allocated.Select(month => (month.Month, month.ExpiresOn!.Value, month.CatchUp)));
        Assert.Equal((new DateOnly(2026, 11, 30), false), (november.ExpiresOn!.Value, november.CatchUp));
        Assert.Empty(caughtUp.ExpireDueCredits(Now));
        Assert.Equal(1_200, caughtUp.CreditedMinutesLeft);
    }

    [Fact]
    public void A_catch_up_resent_is_a_retry_and_without_the_catch_up_another_contract()
    {
        var bank = Given(Given().ContractMonthlyAllocation(AccountManager, ContractId, 600, Oct, null, RolloverRule.None, Now, catchUp: true).ToArray());

        Assert.Empty(bank.ContractMonthlyAllocation(AccountManager, ContractId, 600, Oct, null, RolloverRule.None, Now, catchUp: true));
        Assert.Equal(Rejection.Conflict, Refused(() => bank.ContractMonthlyAllocation(AccountManager, ContractId, 600, Oct, null, RolloverRule.None, Now)).Rejection);
    }

    [Fact]
    public void A_catch_up_asked_for_a_contract_starting_now_changes_nothing_about_it()
    {
        var contracted = Assert.IsType<MonthlyAllocationContracted>(Assert.Single(
            Given().ContractMonthlyAllocation(AccountManager, ContractId, 600, Nov, null, RolloverRule.None, Now, catchUp: true)));

        Assert.Null(contracted.CatchUpUntil);
    }

    private static CommandRejected Refused(Func<IEnumerable<object>> decide) => Assert.Throws<CommandRejected>(() => decide().ToList());
}
