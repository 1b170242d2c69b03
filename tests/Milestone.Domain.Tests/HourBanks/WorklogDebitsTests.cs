using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

public sealed class WorklogDebitsTests
{
    [Fact]
    public void Seven_minutes_at_a_fifteen_minute_increment_bill_fifteen()
    {
        var events = Given(Block(C1, 600)).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, " Printing ", Today, 7, billable: true, Now);

        AssertEvents([Debited(WorklogId, 7, 15, [Draw(C1, 15)])], events);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(15, 15)]
    [InlineData(16, 30)]
    [InlineData(60, 60)]
    public void Each_worklog_is_rounded_up_on_its_own(int logged, int billed)
    {
        var bank = Given(Block(C1, 600), Debited(W2, 7, 15, [Draw(C1, 15)]));

        var debited = Assert.IsType<WorklogDebited>(Assert.Single(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, logged, true, Now)));

        Assert.Equal(billed, debited.BilledMinutes);
    }

    [Fact]
    public void The_credit_that_lapses_first_is_drawn_first()
    {
        var bank = Given(
            Block(C1, 600),
            Block(C2, 60, expiresOn: new DateOnly(2026, 12, 31)),
            Block(C3, 60, expiresOn: new DateOnly(2026, 12, 15)));

        var events = bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 90, true, Now);

        AssertEvents([Debited(WorklogId, 90, 90, [Draw(C3, 60), Draw(C2, 30)])], events);
    }

    [Fact]
    public void Without_expiry_the_oldest_credit_is_drawn_first()
    {
        var bank = Given(Block(C1, 30), Block(C2, 60, at: OpenedAt.AddDays(1)));

        var events = bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 45, true, Now);

        AssertEvents([Debited(WorklogId, 45, 45, [Draw(C1, 30), Draw(C2, 15)])], events);
    }

    [Fact]
    public void A_credit_past_its_last_day_is_not_drawn_even_before_it_is_expired()
    {
        var bank = Given(Block(C1, 600, expiresOn: Today.AddDays(-1)), Block(C2, 60));

        AssertEvents(
            [Debited(WorklogId, 30, 30, [Draw(C2, 30)])],
            bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now));
    }

    [Fact]
    public void What_the_credits_cannot_cover_is_overage()
    {
        var events = WithoutAlerts(Given(Block(C1, 30)).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 45, true, Now));

        AssertEvents([Debited(WorklogId, 45, 45, [Draw(C1, 30)], overage: 15)], events);
    }

    [Fact]
    public void A_new_credit_first_repays_overage_and_the_oldest_overage_first()
    {
        var bank = Given(
            Block(C1, 30),
            Debited(WorklogId, 45, 45, [Draw(C1, 30)], overage: 15),
            Debited(W2, 20, 30, [], overage: 30));

        var events = bank.PurchaseBlock(AccountManager, C2, 40, 500m, "EUR", Today, null, Now);

        AssertEvents(
            [
                new HourBlockPurchased(BankId, Acme, C2, 40, 500m, "EUR", Today, null, AccountManager.PersonId, Now),
                Repaid(WorklogId, [Draw(C2, 15)]),
                Repaid(W2, [Draw(C2, 25)]),
            ],
            events);
        var after = Then(bank, events);
        Assert.Equal((0, 5, -5), (after.CreditedMinutesLeft, after.OverageMinutes, after.BalanceMinutes));
    }

    [Fact]
    public void Non_billable_time_does_not_draw_the_bank()
    {
        Assert.Empty(Given(Block(C1, 600)).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 30, billable: false, Now));
    }

    [Fact]
    public void Posting_the_same_worklog_again_writes_nothing()
    {
        object[] posted = [Block(C1, 600), Debited(WorklogId, 30, 30, [Draw(C1, 30)])];
        object[] removed = [.. posted, Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Deleted)];

        Assert.Empty(Given(posted).PostWorklog(Posted(WorklogId, posted), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now));
        Assert.Empty(Given(removed).PostWorklog(Posted(WorklogId, removed), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now));
    }

    [Fact]
    public void A_correction_reverses_the_debit_and_posts_the_corrected_work()
    {
        object[] given = [Block(C1, 600), Debited(WorklogId, 30, 30, [Draw(C1, 30)])];
        var bank = Given(given);

        var events = bank.CorrectWorklog(Posted(WorklogId, given), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 50, true, Now, Now);

        AssertEvents(
            [
                Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Corrected),
                Debited(WorklogId, 50, 60, [Draw(C1, 60)]),
            ],
            events);
        Assert.Equal(540, Then(bank, events).BalanceMinutes);
    }

    [Fact]
    public void A_correction_that_changes_nothing_writes_nothing()
    {
        object[] given = [Block(C1, 600), Debited(WorklogId, 30, 30, [Draw(C1, 30)])];

        Assert.Empty(Given(given).CorrectWorklog(Posted(WorklogId, given), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now, Now));
    }

    [Fact]
    public void Corrected_to_non_billable_the_debit_is_only_reversed_and_back_to_billable_it_is_posted_again()
    {
        object[] given = [Block(C1, 600), Debited(WorklogId, 30, 30, [Draw(C1, 30)])];
        var bank = Given(given);

        var unbilled = bank.CorrectWorklog(Posted(WorklogId, given), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, false, Now, Now).ToList();
        var rebilled = Then(bank, unbilled).CorrectWorklog(Posted(WorklogId, [.. given, .. unbilled]), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now, Now);

        AssertEvents([Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Corrected)], unbilled);
        AssertEvents([Debited(WorklogId, 30, 30, [Draw(C1, 30)])], rebilled);
    }

    [Fact]
    public void Time_logged_before_the_bank_opened_stays_unposted_through_corrections_and_deletion()
    {
        var bank = Given(Block(C1, 600));
        var loggedBeforeOpening = OpenedAt.AddDays(-3);

        var corrected = bank.CorrectWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 50, true, loggedBeforeOpening, Now).ToList();
        var deleted = Then(bank, corrected).RemoveWorklog(Posted(WorklogId, corrected), Now);

        Assert.Empty(corrected.Concat(deleted));
        Assert.Equal(600, Then(Then(bank, corrected), deleted).BalanceMinutes);
    }

    [Fact]
    public void Time_logged_non_billable_after_the_bank_opened_is_posted_when_it_becomes_billable()
    {
        var bank = Given(Block(C1, 600));

        var events = bank.CorrectWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, OpenedAt.AddMinutes(1), Now);

        AssertEvents([Debited(WorklogId, 30, 30, [Draw(C1, 30)])], events);
    }

    [Fact]
    public void Deleting_returns_every_minute_to_the_credit_it_came_from_including_overage_repayments()
    {
        object[] given =
        [
            Block(C1, 30),
            Debited(WorklogId, 45, 45, [Draw(C1, 30)], overage: 15),
            Block(C2, 600),
            Repaid(WorklogId, [Draw(C2, 15)]),
        ];
        var bank = Given(given);

        var events = bank.RemoveWorklog(Posted(WorklogId, given), Now);

        AssertEvents([Reversed(WorklogId, 45, 45, [Draw(C1, 30), Draw(C2, 15)], 0, ReversalReason.Deleted)], events);
        var after = Then(bank, events);
        Assert.Equal((30, 600, 0), (after.Credits[C1].RemainingMinutes, after.Credits[C2].RemainingMinutes, after.OverageMinutes));
    }

    [Fact]
    public void Deleting_cancels_overage_still_owed()
    {
        object[] given = [Block(C1, 30), Debited(WorklogId, 45, 45, [Draw(C1, 30)], overage: 15)];
        var bank = Given(given);

        AssertEvents([Reversed(WorklogId, 45, 45, [Draw(C1, 30)], 15, ReversalReason.Deleted)], bank.RemoveWorklog(Posted(WorklogId, given), Now));
    }

    [Fact]
    public void Minutes_returned_to_a_lapsed_credit_lapse_again_at_once()
    {
        object[] given =
        [
            Block(C1, 60, expiresOn: Today.AddDays(-5)),
            Debited(WorklogId, 30, 30, [Draw(C1, 30)], at: Now.AddDays(-10)),
            new CreditExpired(BankId, Acme, C1, 30, ExpiryReason.Expired, Now.AddDays(-4)),
        ];
        var bank = Given(given);

        AssertEvents(
            [
                Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Deleted),
                new CreditExpired(BankId, Acme, C1, 30, ExpiryReason.Expired, Now),
            ],
            bank.RemoveWorklog(Posted(WorklogId, given), Now));
    }

    [Fact]
    public void Returned_minutes_repay_overage_another_worklog_owes()
    {
        object[] given =
        [
            Block(C1, 30),
            Debited(W2, 30, 30, [Draw(C1, 30)]),
            Debited(WorklogId, 15, 15, [], overage: 15),
        ];
        var bank = Given(given);

        AssertEvents(
            [
                Reversed(W2, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Deleted),
                Repaid(WorklogId, [Draw(C1, 15)]),
            ],
            bank.RemoveWorklog(Posted(W2, given), Now));
    }

    [Fact]
    public void Removing_a_worklog_the_bank_never_drew_or_already_reversed_writes_nothing()
    {
        object[] removed = [Block(C1, 600), Debited(WorklogId, 30, 30, [Draw(C1, 30)]), Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Deleted)];

        Assert.Empty(Given(Block(C1, 600)).RemoveWorklog(null, Now));
        Assert.Empty(Given(removed).RemoveWorklog(Posted(WorklogId, removed), Now));
        Assert.Empty(Given(removed).CorrectWorklog(Posted(WorklogId, removed), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 45, true, Now, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    public void Implausible_durations_are_refused(int minutes)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Given().PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, minutes, true, Now).ToList());

        Assert.Equal((Rejection.Invalid, "minutes"), (rejected.Rejection, rejected.Field));
    }
}
