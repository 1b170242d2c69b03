using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

public sealed class ScheduledDecisionsTests
{
    [Fact]
    public void A_credit_lapses_after_its_last_day_with_what_was_left_once()
    {
        var bank = Given(
            Block(C1, 600, expiresOn: Today.AddDays(-1)),
            Debited(WorklogId, 30, 30, [Draw(C1, 30)], at: Now.AddDays(-3)),
            Block(C2, 60, expiresOn: Today));

        var events = bank.ExpireDueCredits(Now).ToList();

        AssertEvents([new CreditExpired(BankId, Acme, C1, 570, ExpiryReason.Expired, Now)], events);
        Assert.Empty(Then(bank, events).ExpireDueCredits(Now));
        Assert.Empty(bank.ExpireDueCredits(new DateTimeOffset(2026, 11, 25, 23, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void A_month_is_credited_once_from_its_first_instant()
    {
        var bank = Given(Contract(ContractId, 2_400, RolloverRule.None));

        var allocated = Assert.IsType<MonthlyHoursAllocated>(Assert.Single(bank.AllocateMonth(Nov, Now)));

        Assert.Equal(new MonthlyHoursAllocated(BankId, Acme, allocated.CreditId, ContractId, Nov, 2_400, new DateOnly(2026, 11, 30), Now), allocated);
        Assert.Equal(allocated.CreditId, Assert.IsType<MonthlyHoursAllocated>(bank.AllocateMonth(Nov, Now.AddHours(1)).Single()).CreditId);
        Assert.Empty(Then(bank, [allocated]).AllocateMonth(Nov, Now));
        Assert.Empty(bank.AllocateMonth(Dec, BankCalendar.Utc.Start(Dec).AddTicks(-1)));
        Assert.Single(bank.AllocateMonth(Dec, BankCalendar.Utc.Start(Dec)));
    }

    [Fact]
    public void A_new_month_first_repays_overage()
    {
        var bank = Given(Contract(ContractId, 600, RolloverRule.None), Debited(WorklogId, 30, 30, [], overage: 30));

        var events = bank.AllocateMonth(Nov, Now).ToList();

        var allocated = Assert.IsType<MonthlyHoursAllocated>(events[0]);
        AssertEvents([allocated, Repaid(WorklogId, [Draw(allocated.CreditId, 30)])], events);
    }

    [Fact]
    public void Months_outside_the_contract_are_not_credited()
    {
        var bank = Given(Contract(ContractId, 2_400, RolloverRule.None, start: Oct, end: Oct));

        Assert.Empty(bank.AllocateMonth(Nov, Now));
        Assert.Empty(bank.AllocateMonth(new DateOnly(2026, 9, 1), Now));
        Assert.Equal("month", Assert.Throws<CommandRejected>(() => bank.AllocateMonth(Today, Now).ToList()).Field);
    }

    public static TheoryData<RolloverRule, DateOnly?> LastDays => new()
    {
        { RolloverRule.None, new DateOnly(2026, 11, 30) },
        { RolloverRule.All, null },
        { RolloverRule.UpTo(600), null },
        { RolloverRule.For(2), new DateOnly(2027, 1, 31) },
    };

    [Theory]
    [MemberData(nameof(LastDays))]
    public void The_rollover_rule_sets_how_long_an_allocation_lasts(RolloverRule rule, DateOnly? lastDay)
    {
        var allocated = Assert.IsType<MonthlyHoursAllocated>(Given(Contract(ContractId, 600, rule)).AllocateMonth(Nov, Now).Single());

        Assert.Equal(lastDay, allocated.ExpiresOn);
    }

    [Fact]
    public void Without_rollover_the_unused_allocation_lapses_at_month_end_and_there_is_no_close()
    {
        var bank = Given(Contract(ContractId, 600, RolloverRule.None), Allocated(October, Oct, new DateOnly(2026, 10, 31)));

        Assert.Empty(bank.CloseMonth(Oct, Now));
        AssertEvents([new CreditExpired(BankId, Acme, October, 600, ExpiryReason.Expired, Now)], WithoutAlerts(bank.ExpireDueCredits(Now)));
    }

    [Fact]
    public void Rolling_over_everything_carries_what_is_unused()
    {
        var bank = Given(
            Contract(ContractId, 600, RolloverRule.All),
            Allocated(October, Oct, null),
            Debited(WorklogId, 200, 210, [Draw(October, 210)], at: new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero)));

        var events = bank.CloseMonth(Oct, Now).ToList();

        AssertEvents([new UnusedHoursRolledOver(BankId, Acme, ContractId, Oct, 390, Now)], events);
        Assert.Empty(Then(bank, events).CloseMonth(Oct, Now));
        Assert.Empty(bank.CloseMonth(Nov, BankCalendar.Utc.End(Nov).AddTicks(-1)));
    }

    [Fact]
    public void A_capped_rollover_forfeits_what_is_carried_above_the_cap_oldest_first()
    {
        var closeOfNovember = BankCalendar.Utc.End(Nov);
        var bank = Given(
            Contract(ContractId, 600, RolloverRule.UpTo(300)),
            Allocated(October, Oct, null),
            new CreditExpired(BankId, Acme, October, 300, ExpiryReason.RolloverCap, BankCalendar.Utc.End(Oct)),
            new UnusedHoursRolledOver(BankId, Acme, ContractId, Oct, 300, BankCalendar.Utc.End(Oct)),
            Allocated(November, Nov, null),
            Allocated(Id(0x112), Dec, null));

        AssertEvents(
            [
                new CreditExpired(BankId, Acme, October, 300, ExpiryReason.RolloverCap, closeOfNovember),
                new CreditExpired(BankId, Acme, November, 300, ExpiryReason.RolloverCap, closeOfNovember),
                new UnusedHoursRolledOver(BankId, Acme, ContractId, Nov, 300, closeOfNovember),
            ],
            bank.CloseMonth(Nov, closeOfNovember));
    }

    [Fact]
    public void Hours_kept_for_some_months_carry_until_their_last_day_then_lapse()
    {
        var bank = Given(Contract(ContractId, 600, RolloverRule.For(1)), Allocated(October, Oct, new DateOnly(2026, 11, 30)));

        AssertEvents([new UnusedHoursRolledOver(BankId, Acme, ContractId, Oct, 600, Now)], bank.CloseMonth(Oct, Now));
        Assert.Empty(bank.ExpireDueCredits(Now));
        AssertEvents(
            [new CreditExpired(BankId, Acme, October, 600, ExpiryReason.Expired, BankCalendar.Utc.End(Nov))],
            WithoutAlerts(bank.ExpireDueCredits(BankCalendar.Utc.End(Nov))));
    }

    [Fact]
    public void A_month_not_yet_credited_is_not_closed()
    {
        Assert.Empty(Given(Contract(ContractId, 600, RolloverRule.All)).CloseMonth(Oct, Now));
    }

    [Fact]
    public void The_bank_lists_when_each_chore_is_next_due()
    {
        var bank = Given(
            Contract(ContractId, 600, RolloverRule.All),
            Allocated(October, Oct, null),
            Block(C1, 60, expiresOn: new DateOnly(2026, 12, 15)),
            Block(C2, 60));

        Assert.Equal(
            [
                new HourBankDue(HourBankChore.CloseMonth, Oct, BankCalendar.Utc.Start(Nov)),
                new HourBankDue(HourBankChore.AllocateMonth, Nov, BankCalendar.Utc.Start(Nov)),
                new HourBankDue(HourBankChore.ExpireCredits, null, new DateTimeOffset(2026, 12, 16, 0, 0, 0, TimeSpan.Zero)),
            ],
            bank.Upcoming());
    }

    private static MonthlyHoursAllocated Allocated(Guid creditId, DateOnly month, DateOnly? lastDay) =>
        new(BankId, Acme, creditId, ContractId, month, 600, lastDay, BankCalendar.Utc.Start(month));
}
