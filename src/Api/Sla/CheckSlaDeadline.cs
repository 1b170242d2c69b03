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
        // A scheduled deadline may outlive its clock's stream (a tenant's data removed): then there is nothing to record, and nothing to refuse.
        [WriteAggregate(nameof(SlaDeadline.ClockId), Required = false)] SlaClock? clock,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (clock is null)
        {
            return ([], []);
        }

        if (now < deadline.DueAt)
        {
            return ([], clock.PendingDeadlines().Contains(deadline) ? [Timers.DueAt(deadline, deadline.DueAt, now)] : []);
        }

        return ([.. clock.CheckDeadline(deadline, now)], []);
    }
}
