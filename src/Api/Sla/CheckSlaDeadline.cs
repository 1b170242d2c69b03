namespace Milestone.Api.Sla;

/// <summary>
/// A clock's at-risk or breach moment arrived. The clock records it if the deadline still matches its
/// state; a deadline that outlived a pause, a stop or a new due time, or arrives a second time,
/// records nothing. One that arrives early (another node's clock ran ahead) is put back until due.
/// </summary>
public static class CheckSlaDeadlineHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static (Events, OutgoingMessages) Handle(
        SlaDeadline deadline,
        [WriteAggregate(nameof(SlaDeadline.ClockId), Required = false)] SlaClock? clock,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        return Timers.Arrived(
            deadline,
            deadline.DueAt,
            clock,
            current => current.PendingDeadlines().Contains(deadline),
            current => ([.. current.CheckDeadline(deadline, now)], []),
            now);
    }
}
