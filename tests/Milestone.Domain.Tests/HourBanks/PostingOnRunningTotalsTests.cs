using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// The bank decides on running totals (credits left, overage owed) and is handed the one debit a posting is
/// about, as the integration loads it by the worklog's id; it never needs the other debits.
/// </summary>
public sealed class PostingOnRunningTotalsTests
{
    [Fact]
    public void The_bank_keeps_no_debit_only_what_still_owes_overage()
    {
        var bank = Given(Block(C1, 30), Debited(W2, 30, 30, [Draw(C1, 30)]), Debited(WorklogId, 45, 45, [], overage: 45));

        Assert.Equal([new OwedOverage(WorklogId, RequestId, 45, Today, Rate)], bank.Owed);
        Assert.Equal((0, 45, -45), (bank.CreditedMinutesLeft, bank.OverageMinutes, bank.BalanceMinutes));
    }

    [Fact]
    public void A_worklog_posted_long_ago_is_corrected_from_its_own_debit_whatever_came_after()
    {
        var longAgo = Debited(WorklogId, 30, 30, [Draw(C1, 30)], at: OpenedAt.AddDays(1));
        object[] given = [Block(C1, 60_000), longAgo, .. Enumerable.Range(1, 1_000).Select(n => Debited(Id(0x50_000 + n), 15, 15, [Draw(C1, 15)]))];

        var events = Given(given).CorrectWorklog(Posted(WorklogId, given), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 50, true, OpenedAt.AddDays(1), Now);

        AssertEvents(
            [
                Reversed(WorklogId, 30, 30, [Draw(C1, 30)], 0, ReversalReason.Corrected),
                Debited(WorklogId, 50, 60, [Draw(C1, 60)]),
            ],
            events);
    }

    [Fact]
    public void A_deletion_returns_what_the_debit_it_is_handed_drew()
    {
        object[] given = [Block(C1, 600), Block(C2, 600), Debited(WorklogId, 45, 45, [Draw(C1, 30), Draw(C2, 15)])];

        var events = Given(given).RemoveWorklog(Posted(WorklogId, given), Now).ToList();

        AssertEvents([Reversed(WorklogId, 45, 45, [Draw(C1, 30), Draw(C2, 15)], 0, ReversalReason.Deleted)], events);
        Assert.Equal((600, 600), (Then(Given(given), events).Credits[C1].RemainingMinutes, Then(Given(given), events).Credits[C2].RemainingMinutes));
    }

    [Fact]
    public void Repeating_a_posting_the_debit_shows_took_effect_writes_nothing()
    {
        object[] given = [Block(C1, 600)];
        var first = Given(given).PostWorklog(Posted(WorklogId, given), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now).ToList();
        object[] posted = [.. given, .. first];

        var repeated = Given(posted).PostWorklog(Posted(WorklogId, posted), WorklogId, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now);

        AssertEvents([Debited(WorklogId, 30, 30, [Draw(C1, 30)])], first);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Overage_run_up_is_repaid_by_a_purchase_oldest_first_and_the_debits_keep_what_repaid_them()
    {
        object[] given = [Block(C1, 15)];
        var bank = Given(given);
        var first = WithoutAlerts(bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", Today, 45, true, Now)).ToList();
        bank = Then(bank, first);
        var second = WithoutAlerts(bank.PostWorklog(null, W2, RequestId, Agent.PersonId, "Printing", Today, 30, true, Now)).ToList();
        bank = Then(bank, second);

        var purchase = bank.PurchaseBlock(AccountManager, C2, 40, 500m, "EUR", Today, null, Now).ToList();

        AssertEvents(
            [
                new HourBlockPurchased(BankId, Acme, C2, 40, 500m, "EUR", Today, null, AccountManager.PersonId, Now),
                Repaid(WorklogId, [Draw(C2, 30)]),
                Repaid(W2, [Draw(C2, 10)]),
            ],
            purchase);
        var after = Then(bank, purchase);
        object[] ledger = [.. given, .. first, .. second, .. purchase];
        Assert.Equal([new OwedOverage(W2, RequestId, 20, Today, Rate)], after.Owed);
        Assert.Equal((20, 0), (Posted(W2, ledger)!.OutstandingOverageMinutes, Posted(WorklogId, ledger)!.OutstandingOverageMinutes));
        Assert.Equal([Draw(C1, 15), Draw(C2, 30)], Posted(WorklogId, ledger)!.Draws);
    }
}
