namespace Milestone.Api.Sla;

/// <summary>
/// A clock's at-risk or breach moment arrived. The clock first catches up with its request, so a reply or a pause
/// the request already has counts even when the clock's own queue runs behind; then it records the moment if the
/// deadline still matches its state. A deadline that outlived a pause, a stop or a new due time, or arrives a second
/// time, records nothing. One that arrives early (another node's clock ran ahead) is put back until due.
/// </summary>
public static class CheckSlaDeadlineHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static async Task<OutgoingMessages> Handle(SlaDeadline deadline, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var clockStream = await session.Events.FetchForWriting<SlaClock>(deadline.ClockId, cancellation);
        var (clock, newDeadlines) = clockStream.Aggregate is { } stored
            ? await SlaClockCatchUp.FollowAsync(stored.RequestId, clockStream, session, cancellation)
            : (null, []);
        var now = time.GetUtcNow();
        var (recorded, putBack) = Timers.Arrived(
            deadline,
            deadline.DueAt,
            clock,
            current => current.PendingDeadlines().Contains(deadline),
            current => ([.. current.CheckDeadline(deadline, now)], []),
            now);
        clockStream.AppendMany(recorded);
        return [.. putBack, .. newDeadlines.Select(set => Timers.DueAt(set, set.DueAt, now))];
    }
}
