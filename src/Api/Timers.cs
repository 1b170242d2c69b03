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
}
