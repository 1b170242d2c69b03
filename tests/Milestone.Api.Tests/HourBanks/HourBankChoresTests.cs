namespace Milestone.Api.Tests.HourBanks;

/// <summary>
/// Chores are delayed messages counted down in real time; here the fake clock is moved past the due moment
/// and the message is delivered the way Wolverine delivers it when due.
/// </summary>
[Collection(Collections.HourBanks)]
public sealed class HourBankChoresTests(HourBankApp app)
{
    private static readonly BankCalendar London = new("Europe/London");

    [Fact]
    public async Task An_expired_block_lapses_when_its_chore_runs_and_a_second_delivery_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var lastDay = app.Today().AddDays(1);
        await app.PurchaseAsync(scene, 120, expiresOn: lastDay);
        await app.PurchaseAsync(scene, 60);
        await app.LogAsync(scene, 30);
        var chore = new HourBankChoreDue(HourBank.IdFor(scene.ClientId), HourBankChore.ExpireCredits, null, London.EndOfDay(lastDay));

        await DeliverAsync(chore);
        var early = await app.BankAsync(scene);
        app.Clock.SetUtcNow(chore.DueAt.AddMinutes(1));
        await DeliverAsync(chore);
        var events = await app.CountEventsAsync();
        await DeliverAsync(chore);

        Assert.Equal(0, early.Minutes("expiredMinutes"));
        var bank = await app.BankAsync(scene);
        Assert.Equal(90, bank.Minutes("expiredMinutes"));
        Assert.Equal(60, bank.Minutes("remainingMinutes"));
        Assert.Equal(events, await app.CountEventsAsync());
    }

    [Fact]
    public async Task At_the_month_end_an_unused_allocation_lapses_and_the_next_month_is_credited()
    {
        var scene = await app.SceneAsync();
        var thisMonth = London.MonthOf(app.Clock.GetUtcNow());
        await app.SettledAsync(() => app.Host.GraphQLAsync(HourBankScenes.Contract, new { clientId = scene.ClientId, minutes = 600, startMonth = thisMonth }, scene.Admin));
        await app.LogAsync(scene, 100);
        var nextMonth = thisMonth.AddMonths(1);
        var chore = new HourBankChoreDue(HourBank.IdFor(scene.ClientId), HourBankChore.AllocateMonth, nextMonth, London.Start(nextMonth));

        app.Clock.SetUtcNow(London.Start(nextMonth).AddMinutes(5));
        await DeliverAsync(chore);
        var events = await app.CountEventsAsync();
        await DeliverAsync(chore);

        var bank = await app.BankAsync(scene);
        Assert.Equal(1_200, bank.Minutes("allocatedMinutes"));
        Assert.Equal(600 - 105, bank.Minutes("expiredMinutes"));
        Assert.Equal(600, bank.Minutes("remainingMinutes"));
        Assert.Equal(events, await app.CountEventsAsync());
    }

    private Task DeliverAsync(HourBankChoreDue chore) =>
        app.SettledAsync(async () =>
        {
            using var scope = app.Host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(chore);
            return true;
        });
}
