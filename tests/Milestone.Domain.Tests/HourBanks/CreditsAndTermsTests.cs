using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

public sealed class CreditsAndTermsTests
{
    private static readonly Guid EntryId = Id(0xe1);

    [Fact]
    public void An_account_manager_opens_a_bank_in_a_currency()
    {
        var opened = HourBank.Open(AccountManager, BankId, Acme, 15, 150m, " eur ", "Europe/Paris", LowBalanceThreshold.AtPercent(20), Now, alreadyOpen: false);

        Assert.Equal(new HourBankOpened(BankId, Acme, 15, 150m, "EUR", "Europe/Paris", LowBalanceThreshold.AtPercent(20), AccountManager.PersonId, Now), opened);
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientAdmin)]
    public void Only_administrators_and_account_managers_set_terms_and_sell_hours(Role role)
    {
        var actor = new Actor(Id(0x99), role, role.IsStaff() ? null : Acme);

        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => HourBank.Open(actor, BankId, Acme, 15, 150m, "EUR", "Etc/UTC", LowBalanceThreshold.AtMinutes(60), Now, alreadyOpen: false)).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().PurchaseBlock(actor, C1, 600, 1_000m, "EUR", Today, null, Now).ToList()).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().ContractMonthlyAllocation(actor, ContractId, 600, new DateOnly(2026, 12, 1), null, RolloverRule.None, Now).ToList()).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().ChangeTerms(actor, 30, 150m, LowBalanceThreshold.AtMinutes(0), Now).ToList()).Rejection);
    }

    [Theory]
    [InlineData(0, "1", "EUR", "billingIncrementMinutes")]
    [InlineData(241, "1", "EUR", "billingIncrementMinutes")]
    [InlineData(15, "-1", "EUR", "overageRatePerHour")]
    [InlineData(15, "1", "EURO", "currency")]
    public void Implausible_terms_are_refused(int increment, string rate, string currency, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, increment, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), currency, "Etc/UTC", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false));

        Assert.Equal(field, rejected.Field);
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("XXX")]
    [InlineData("XAU")]
    [InlineData("HRK")]
    public void A_currency_that_is_not_an_ISO_4217_code_in_use_is_refused(string currency)
    {
        var rejected = Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, 15, 150m, currency, "Etc/UTC", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false));

        Assert.Equal((Rejection.Invalid, "currency"), (rejected.Rejection, rejected.Field));
    }

    [Theory]
    [InlineData("usd", "USD")]
    [InlineData("JPY", "JPY")]
    [InlineData("XCG", "XCG")]
    public void A_currency_in_use_is_accepted_in_upper_case(string currency, string kept)
    {
        Assert.Equal(kept, HourBank.Open(Admin, BankId, Acme, 15, 150m, currency, "Etc/UTC", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false).Currency);
    }

    [Fact]
    public void A_time_zone_that_is_not_an_IANA_zone_is_refused()
    {
        Assert.Equal("timeZone", Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, 15, 1m, "EUR", "Sydney", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false)).Field);
    }

    [Fact]
    public void A_percentage_threshold_above_one_hundred_is_refused()
    {
        Assert.Equal("lowBalanceThreshold", Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, 15, 1m, "EUR", "Etc/UTC", LowBalanceThreshold.AtPercent(101), Now, alreadyOpen: false)).Field);
    }

    [Fact]
    public void New_terms_apply_from_now_and_the_same_terms_change_nothing()
    {
        var events = Given().ChangeTerms(Admin, 30, 180m, LowBalanceThreshold.AtMinutes(120), Now).ToList();

        AssertEvents([new BankTermsChanged(BankId, Acme, 30, 180m, LowBalanceThreshold.AtMinutes(120), Admin.PersonId, Now)], events);
        Assert.Empty(Then(Given(), events).ChangeTerms(Admin, 30, 180m, LowBalanceThreshold.AtMinutes(120), Now));
        var debited = Assert.IsType<WorklogDebited>(Then(Given(Block(C1, 600)), events).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 7, true, Now).Single());
        Assert.Equal(30, debited.BilledMinutes);
    }

    [Fact]
    public void A_block_is_bought_once_per_credit_id_and_the_id_sent_again_with_other_terms_is_refused()
    {
        var bought = Given().PurchaseBlock(AccountManager, C1, 600, 1_200m, "EUR", Today, new DateOnly(2027, 11, 30), Now).ToList();
        var after = Then(Given(), bought);

        AssertEvents([new HourBlockPurchased(BankId, Acme, C1, 600, 1_200m, "EUR", Today, new DateOnly(2027, 11, 30), AccountManager.PersonId, Now)], bought);
        Assert.Empty(after.PurchaseBlock(Admin, C1, 600, 1_200.00m, "eur", Today, new DateOnly(2027, 11, 30), Now.AddMinutes(5)));
        var otherExpiry = Assert.Throws<CommandRejected>(() => after.PurchaseBlock(AccountManager, C1, 600, 1_200m, "EUR", Today, null, Now).ToList());
        var otherSize = Assert.Throws<CommandRejected>(() => after.PurchaseBlock(AccountManager, C1, 660, 1_200m, "EUR", Today, new DateOnly(2027, 11, 30), Now).ToList());
        Assert.Equal((Rejection.Conflict, "clientCreditId"), (otherExpiry.Rejection, otherExpiry.Field));
        Assert.Equal(Rejection.Conflict, otherSize.Rejection);
    }

    [Fact]
    public void A_bank_kept_before_terms_were_remembered_still_takes_a_known_id_sent_again_as_done()
    {
        var kept = Then(Given(), Given().PurchaseBlock(AccountManager, C1, 600, 1_200m, "EUR", Today, null, Now)) with { KeyedTerms = [] };

        Assert.Empty(kept.PurchaseBlock(AccountManager, C1, 900, 2_000m, "EUR", Today, null, Now));
    }

    [Theory]
    [InlineData(0, "EUR", 0, null, "minutes")]
    [InlineData(600, "USD", 0, null, "currency")]
    [InlineData(600, "EUR", 2, null, "purchasedOn")]
    [InlineData(600, "EUR", 0, -1, "expiresOn")]
    public void Implausible_blocks_are_refused(int minutes, string currency, int purchasedInDays, int? expiresInDays, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given()
            .PurchaseBlock(AccountManager, C1, minutes, 1m, currency, Today.AddDays(purchasedInDays), expiresInDays is { } days ? Today.AddDays(days) : null, Now)
            .ToList());

        Assert.Equal((Rejection.Invalid, field), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_monthly_contract_is_recorded_once_and_credits_nothing_yet()
    {
        var events = Given().ContractMonthlyAllocation(Admin, ContractId, 2_400, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 1), RolloverRule.UpTo(600), Now).ToList();

        AssertEvents(
            [new MonthlyAllocationContracted(BankId, Acme, ContractId, 2_400, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 1), RolloverRule.UpTo(600), Admin.PersonId, Now)],
            events);
        Assert.Equal(0, Then(Given(), events).BalanceMinutes);
        Assert.Empty(Then(Given(), events).ContractMonthlyAllocation(Admin, ContractId, 2_400, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 1), RolloverRule.UpTo(600), Now));
        Assert.Equal(
            (Rejection.Conflict, "clientContractId"),
            Refused(() => Then(Given(), events).ContractMonthlyAllocation(Admin, ContractId, 60, new DateOnly(2026, 12, 1), null, RolloverRule.None, Now)));
    }

    [Theory]
    [InlineData(2, null, "startMonth")]
    [InlineData(1, 15, "endMonth")]
    public void Contracts_run_in_whole_months(int startDay, int? endDay, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given()
            .ContractMonthlyAllocation(Admin, ContractId, 600, new DateOnly(2026, 12, startDay), endDay is { } day ? new DateOnly(2027, 1, day) : null, RolloverRule.None, Now)
            .ToList());

        Assert.Equal(field, rejected.Field);
    }

    [Theory]
    [InlineData(false, 60, null)]
    [InlineData(true, 0, null)]
    [InlineData(true, null, 37)]
    public void Rollover_rules_must_make_sense(bool carries, int? cap, int? months)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given()
            .ContractMonthlyAllocation(Admin, ContractId, 600, new DateOnly(2026, 12, 1), null, new RolloverRule(carries, cap, months), Now)
            .ToList());

        Assert.Equal("rollover", rejected.Field);
    }

    [Fact]
    public void A_team_lead_adds_hours_with_a_reason_as_a_credit_that_never_lapses()
    {
        var events = Given().Adjust(TeamLead, EntryId, 90, " Goodwill for the outage ", Now).ToList();

        AssertEvents([new HoursAdjusted(BankId, Acme, EntryId, 90, "Goodwill for the outage", [], TeamLead.PersonId, Now)], events);
        var after = Then(Given(), events);
        Assert.Equal((90, (DateOnly?)null), (after.Credits[EntryId].RemainingMinutes, after.Credits[EntryId].LastDay));
        Assert.Empty(after.Adjust(TeamLead, EntryId, 90, "Goodwill for the outage", Now));
        Assert.Equal((Rejection.Conflict, "clientAdjustmentId"), Refused(() => after.Adjust(TeamLead, EntryId, 120, "Goodwill for the outage", Now)));
        Assert.Equal((Rejection.Conflict, "clientAdjustmentId"), Refused(() => after.Adjust(TeamLead, EntryId, 90, "Another reason", Now)));
    }

    private static (Rejection, string?) Refused(Func<IEnumerable<object>> decide)
    {
        var refused = Assert.Throws<CommandRejected>(() => decide().ToList());
        return (refused.Rejection, refused.Field);
    }

    [Fact]
    public void Taking_hours_away_draws_the_credits_in_drawdown_order()
    {
        var bank = Given(Block(C1, 600), Block(C2, 60, expiresOn: new DateOnly(2026, 12, 31)));

        AssertEvents(
            [new HoursAdjusted(BankId, Acme, EntryId, -90, "Block entered twice", [Draw(C2, 60), Draw(C1, 30)], Admin.PersonId, Now)],
            bank.Adjust(Admin, EntryId, -90, "Block entered twice", Now));
    }

    [Fact]
    public void Taking_away_more_than_remains_is_refused()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given(Block(C1, 60)).Adjust(Admin, EntryId, -90, "Block entered twice", Now).ToList());

        Assert.Equal((Rejection.Invalid, "minutes"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void An_adjustment_needs_a_reason_and_a_staff_member_allowed_to_make_it()
    {
        Assert.Equal("reason", Assert.Throws<CommandRejected>(() => Given().Adjust(Admin, EntryId, 60, "  ", Now).ToList()).Field);
        Assert.Equal("minutes", Assert.Throws<CommandRejected>(() => Given().Adjust(Admin, EntryId, 0, "Nothing", Now).ToList()).Field);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().Adjust(Agent, EntryId, 60, "Goodwill", Now).ToList()).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().Adjust(Member, EntryId, 60, "Goodwill", Now).ToList()).Rejection);
    }

    [Fact]
    public void The_client_asks_for_more_hours_once_per_request_and_not_for_other_hours_under_the_same_id()
    {
        var hoursRequestId = Id(0x4e1);
        var events = Given().RequestMoreHours(Member, hoursRequestId, 600, " Year-end close ", Now).ToList();

        AssertEvents([new MoreHoursRequested(BankId, Acme, hoursRequestId, 600, "Year-end close", Member.PersonId, Now)], events);
        Assert.Empty(Then(Given(), events).RequestMoreHours(Member, hoursRequestId, 600, "Year-end close", Now));
        Assert.Equal((Rejection.Conflict, "clientRequestId"), Refused(() => Then(Given(), events).RequestMoreHours(Member, hoursRequestId, 900, "Year-end close", Now)));
        Assert.Single(Given().RequestMoreHours(Agent, hoursRequestId, 600, null, Now));
    }

    [Fact]
    public void Executives_cannot_ask_for_more_hours()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given().RequestMoreHours(Executive, Id(0x4e1), 600, null, Now).ToList()).Rejection);
        Assert.Equal("minutes", Assert.Throws<CommandRejected>(() => Given().RequestMoreHours(Member, Id(0x4e1), 0, null, Now).ToList()).Field);
    }

    public static TheoryData<Actor> Strangers => [GlobexAdmin, new Actor(Id(0x98), Role.Admin, null) { StaffScope = [Id(0xc2)] }];

    [Theory]
    [MemberData(nameof(Strangers))]
    public void To_another_clients_people_and_staff_outside_their_scope_the_bank_is_not_there(Actor stranger)
    {
        IEnumerable<Func<HourBank, IEnumerable<object>>> decisions =
        [
            bank => bank.ChangeTerms(stranger, 30, 150m, LowBalanceThreshold.AtMinutes(0), Now),
            bank => bank.PurchaseBlock(stranger, C1, 600, 1_000m, "EUR", Today, null, Now),
            bank => bank.ContractMonthlyAllocation(stranger, ContractId, 600, new DateOnly(2026, 12, 1), null, RolloverRule.None, Now),
            bank => bank.Adjust(stranger, EntryId, 60, "Goodwill", Now),
            bank => bank.RequestMoreHours(stranger, Id(0x4e1), 600, null, Now),
        ];

        Assert.All(decisions, decide =>
        {
            var rejected = Assert.Throws<CommandRejected>(() => decide(Given()).ToList());
            Assert.Equal((Rejection.NotFound, "There is no such hour bank."), (rejected.Rejection, rejected.Message));
        });
    }

    [Theory]
    [MemberData(nameof(Strangers))]
    public void A_bank_is_opened_only_for_a_client_that_exists_and_that_the_actor_works_with(Actor stranger)
    {
        var unknown = Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, 15, 150m, "EUR", clientTimeZone: null, LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false));
        var unseen = Assert.Throws<CommandRejected>(() => HourBank.Open(stranger, BankId, Acme, 15, 150m, "EUR", "Etc/UTC", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: false));

        Assert.Equal((Rejection.NotFound, "There is no such client."), (unknown.Rejection, unknown.Message));
        Assert.Equal((Rejection.NotFound, "There is no such client."), (unseen.Rejection, unseen.Message));
    }

    [Fact]
    public void A_second_bank_for_the_same_client_is_a_conflict()
    {
        var rejected = Assert.Throws<CommandRejected>(() => HourBank.Open(Admin, BankId, Acme, 15, 150m, "EUR", "Etc/UTC", LowBalanceThreshold.AtMinutes(0), Now, alreadyOpen: true));

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
    }
}
