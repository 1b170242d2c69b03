using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// A block valid for November's work (C1, 1–30 November, 60 minutes) beside a block without a window (C2, 60 minutes).
/// It is 26 November; the bank bills in 15-minute increments.
/// </summary>
public sealed class ValidityWindowTests
{
    private static readonly HourBlockPurchased NovemberOnly = Block(C1, 60, expiresOn: new DateOnly(2026, 11, 30)) with { ValidFrom = new DateOnly(2026, 11, 1) };

    [Fact]
    public void October_work_logged_in_november_draws_the_block_without_a_window_though_the_november_block_lapses_first()
    {
        var events = Given(NovemberOnly, Block(C2, 60)).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", new DateOnly(2026, 10, 28), 30, true, Now);

        Assert.Equal([Draw(C2, 30)], Assert.IsType<WorklogDebited>(Assert.Single(events)).Draws);
    }

    [Fact]
    public void November_work_draws_the_november_block_first()
    {
        var events = Given(NovemberOnly, Block(C2, 60)).PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", new DateOnly(2026, 11, 20), 90, true, Now);

        Assert.Equal([Draw(C1, 60), Draw(C2, 30)], Assert.IsType<WorklogDebited>(Assert.Single(events)).Draws);
    }

    /// <summary>October work of 45 minutes finds only the November block: all 45 are overage, and the block keeps its 60.</summary>
    [Fact]
    public void Work_dated_outside_every_window_runs_up_overage_even_while_a_block_holds_minutes()
    {
        var bank = Given(NovemberOnly);

        var debited = Assert.IsType<WorklogDebited>(Assert.Single(WithoutAlerts(
            bank.PostWorklog(null, WorklogId, RequestId, Agent.PersonId, "Printing", new DateOnly(2026, 10, 30), 45, true, Now))));
        var after = Then(bank, [debited]);

        Assert.Empty(debited.Draws);
        Assert.Equal(45, debited.OverageMinutes);
        Assert.Equal((60, 45), (after.CreditedMinutesLeft, after.OverageMinutes));
    }

    [Fact]
    public void Overage_is_repaid_only_by_a_block_whose_window_holds_the_work()
    {
        var bank = Given(Debited(WorklogId, 45, 45, [], overage: 45) with { WorkDate = new DateOnly(2026, 10, 30) });

        var windowed = bank.PurchaseBlock(AccountManager, C1, 60, 100m, "EUR", Today, new DateOnly(2026, 11, 30), Now, validFrom: new DateOnly(2026, 11, 1));
        var open = bank.PurchaseBlock(AccountManager, C2, 60, 100m, "EUR", Today, null, Now);

        Assert.DoesNotContain(windowed, @event => @event is OverageRepaid);
        Assert.Equal([Draw(C2, 45)], Assert.Single(open.OfType<OverageRepaid>()).Draws);
    }

    [Fact]
    public void A_window_cannot_begin_after_the_blocks_last_day()
    {
        var rejected = Assert.Throws<CommandRejected>(() =>
            Given().PurchaseBlock(AccountManager, C1, 60, 100m, "EUR", Today, new DateOnly(2026, 11, 30), Now, validFrom: new DateOnly(2026, 12, 1)).ToList());

        Assert.Equal((Rejection.Invalid, "validFrom"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void The_same_credit_id_with_another_window_is_a_different_purchase()
    {
        var bank = Given(NovemberOnly);

        var rejected = Assert.Throws<CommandRejected>(() =>
            bank.PurchaseBlock(AccountManager, C1, 60, 1_000m, "EUR", NovemberOnly.PurchasedOn, NovemberOnly.ExpiresOn, Now, validFrom: new DateOnly(2026, 11, 2)).ToList());

        Assert.Equal(Rejection.Conflict, rejected.Rejection);
        Assert.Empty(bank.PurchaseBlock(AccountManager, C1, 60, 1_000m, "EUR", NovemberOnly.PurchasedOn, NovemberOnly.ExpiresOn, Now, validFrom: NovemberOnly.ValidFrom));
    }
}
