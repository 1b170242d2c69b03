namespace Milestone.Api;

/// <summary>
/// A timer is a message delivered when it falls due, whose handler checks that the state still calls for it
/// (<see cref="Sla.CheckSlaDeadlineHandler"/>, <see cref="HourBanks.HourBankChoreDueHandler"/>).
/// </summary>
public static class Timers
{
    /// <summary>
    /// The message, delivered at <paramref name="dueAt"/> as measured on our own clock: the delay is what
    /// Wolverine's scheduler counts down, so a time kept in tests and a real one schedule alike.
    /// </summary>
    public static object DueAt(object message, DateTimeOffset dueAt, DateTimeOffset now) =>
        dueAt > now ? message.DelayedFor(dueAt - now) : message;

    /// <summary>
    /// What a timer's handler does when the timer arrives. Its stream may be gone (a tenant's data removed): then there
    /// is nothing to record, and nothing to refuse. One that arrives early (another node's clock ran ahead) is put back
    /// until due, if <paramref name="awaits"/> says the state still calls for it; one that is due is <paramref name="decided"/>.
    /// </summary>
    public static (Events, OutgoingMessages) Arrived<TState>(
        object timer,
        DateTimeOffset dueAt,
        TState? state,
        Func<TState, bool> awaits,
        Func<TState, (Events, OutgoingMessages)> decided,
        DateTimeOffset now)
        where TState : class
    {
        if (state is null)
        {
            return ([], []);
        }

        if (now < dueAt)
        {
            return ([], awaits(state) ? [DueAt(timer, dueAt, now)] : []);
        }

        return decided(state);
    }
}
