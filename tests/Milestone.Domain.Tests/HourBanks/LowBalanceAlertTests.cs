using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

public sealed class LowBalanceAlertTests
{
    [Fact]
    public void Reaching_the_threshold_raises_the_alert()
    {
        var bank = GivenOpened(Opened(LowBalanceThreshold.AtMinutes(120)), Block(C1, 600));

        AssertEvents(
            [Debited(WorklogId, 480, 480, [Draw(C1, 480)]), new HourBankLowBalanceReached(BankId, Acme, 120, 120, Now)],
            bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 480, true, Now));
    }

    [Fact]
    public void The_alert_is_raised_once_per_crossing_and_a_top_up_re_arms_it()
    {
        var alerted = GivenOpened(
            Opened(LowBalanceThreshold.AtMinutes(120)),
            Block(C1, 600),
            Debited(WorklogId, 480, 480, [Draw(C1, 480)]),
            new HourBankLowBalanceReached(BankId, Acme, 120, 120, Now));

        var further = alerted.PostWorklog(null, W2, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now);
        var toppedUp = Then(alerted, [Block(C2, 600, at: Now)]);
        var again = toppedUp.PostWorklog(null, W3, RequestId, Agent.PersonId, "Printing", Today, 600, true, Now).ToList();

        AssertEvents([Debited(W2, 30, 30, [Draw(C1, 30)])], further);
        Assert.False(alerted.LowBalanceArmed);
        Assert.True(toppedUp.LowBalanceArmed);
        Assert.IsType<HourBankLowBalanceReached>(again.Last());
    }

    [Fact]
    public void A_percentage_threshold_is_of_the_balance_right_after_the_latest_credit()
    {
        var bank = GivenOpened(Opened(LowBalanceThreshold.AtPercent(20)), Block(C1, 600), Block(C2, 400));

        Assert.Equal(200, bank.LowBalanceThresholdMinutes);
        Assert.Single(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 795, true, Now));
        var alert = Assert.IsType<HourBankLowBalanceReached>(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, null, Today, 800, true, Now).Last());
        Assert.Equal((190, 200), (alert.BalanceMinutes, alert.ThresholdMinutes));
    }

    [Fact]
    public void Credits_lapsing_can_raise_the_alert()
    {
        var bank = GivenOpened(Opened(LowBalanceThreshold.AtMinutes(60)), Block(C1, 600, expiresOn: Today.AddDays(-1)), Block(C2, 30));

        AssertEvents(
            [new CreditExpired(BankId, Acme, C1, 600, ExpiryReason.Expired, Now), new HourBankLowBalanceReached(BankId, Acme, 30, 60, Now)],
            bank.ExpireDueCredits(Now));
    }

    [Fact]
    public void A_credit_does_not_raise_the_alert_even_while_still_below()
    {
        var bank = GivenOpened(Opened(LowBalanceThreshold.AtMinutes(600)));

        Assert.Single(bank.PurchaseBlock(AccountManager, C1, 60, 100m, "EUR", Today, null, Now));
    }
}
