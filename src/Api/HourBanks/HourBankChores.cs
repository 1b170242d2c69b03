namespace Milestone.Api.HourBanks;

/// <summary>A chore from <see cref="HourBank.Upcoming"/>, delivered when it falls due.</summary>
public sealed record HourBankChoreDue(Guid BankId, HourBankChore Chore, DateOnly? Month, DateTimeOffset DueAt)
{
    public HourBankDue Due => new(Chore, Month, DueAt);
}

/// <summary>
/// A chore arrived. Every chore due by now runs, in the domain's order (lapse, close the old month, credit
/// the new one), so chores due at the same instant cannot overtake each other and a late node catches up.
/// A chore already done, or arriving a second time, writes nothing; one arriving early is put back.
/// </summary>
public static class HourBankChoreDueHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static (Events, OutgoingMessages) Handle(
        HourBankChoreDue chore,
        [WriteAggregate(nameof(HourBankChoreDue.BankId), Required = false)] HourBank? bank,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        return Timers.Arrived(
            chore,
            chore.DueAt,
            bank,
            current => current.Upcoming().Contains(chore.Due),
            current => HourBankChores.Decided(current, HourBankChores.DueBy(current, now), now),
            now);
    }
}

public static class HourBankChores
{
    /// <summary>The events a decision made, and the chores it brought into view, scheduled in the same transaction.</summary>
    public static (Events, OutgoingMessages) Decided(HourBank bank, IReadOnlyList<object> decided, DateTimeOffset now) =>
        ([.. decided], ScheduledAfter(bank, decided, now));

    /// <summary>A decision taken now, on our own clock.</summary>
    public static (Events, OutgoingMessages) Decided(HourBank bank, TimeProvider time, Func<DateTimeOffset, IEnumerable<object>> decide)
    {
        var now = time.GetUtcNow();
        return Decided(bank, [.. decide(now)], now);
    }

    public static OutgoingMessages ScheduledAfter(HourBank before, IReadOnlyList<object> decided, DateTimeOffset now)
    {
        var after = Replay(before, decided);
        return [.. after.Upcoming().Except(before.Upcoming()).Select(due => Timers.DueAt(new HourBankChoreDue(after.Id, due.Chore, due.Month, due.DueAt), due.DueAt, now))];
    }

    public static IReadOnlyList<object> DueBy(HourBank bank, DateTimeOffset now)
    {
        var decided = new List<object>();
        while (bank.Upcoming().FirstOrDefault(due => due.DueAt <= now) is { } due)
        {
            var events = Decide(bank, due, now);
            if (events.Count == 0)
            {
                break;
            }

            decided.AddRange(events);
            bank = Replay(bank, events);
        }

        return decided;
    }

    private static List<object> Decide(HourBank bank, HourBankDue due, DateTimeOffset now) => due switch
    {
        { Chore: HourBankChore.ExpireCredits } => [.. bank.ExpireDueCredits(now)],
        { Chore: HourBankChore.CloseMonth, Month: { } month } => [.. bank.CloseMonth(month, now)],
        { Chore: HourBankChore.AllocateMonth, Month: { } month } => [.. bank.AllocateMonth(month, now)],
        _ => [],
    };

    private static HourBank Replay(HourBank bank, IEnumerable<object> events) => events.Aggregate(bank, (state, @event) => HourBank.Evolve(state, @event)!);
}
