using JasperFx.Events;

namespace Milestone.Api.Sla;

/// <summary>Bring a request's SLA clock up to date with the request now, as the next forwarded event would.</summary>
public sealed record CatchUpSlaClock(Guid RequestId);

/// <summary>
/// Keeps each request's SLA clock in step with the request. Marten forwards the request events that
/// matter to a clock through Wolverine's outbox; whichever arrives, the clock catches up on every
/// request event after the last one it followed (<see cref="SlaClockCatchUp"/>), so late, duplicate or
/// out-of-order deliveries come out the same. The deadlines a change sets are scheduled as delayed
/// messages in the same transaction.
/// </summary>
public static class FollowRequestHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static Task<OutgoingMessages> Handle(IEvent<RequestSubmitted> submitted, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(submitted.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<WaitingOnClientStarted> waiting, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(waiting.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<WorkResumed> resumed, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(resumed.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<MessagePosted> posted, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(posted.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<RequestCompleted> completed, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(completed.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<RequestCancelled> cancelled, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(cancelled.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<RequestReopened> reopened, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(reopened.Data.RequestId, session, time, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<UrgencyChanged> changed, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(changed.Data.RequestId, session, time, cancellation);

    /// <summary>Catches the clock up at once, for a loader writing history on a clock of its own (the demo) that cannot wait for the forwarded events.</summary>
    public static Task<OutgoingMessages> Handle(CatchUpSlaClock catchUp, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        CatchUpAsync(catchUp.RequestId, session, time, cancellation);

    private static async Task<OutgoingMessages> CatchUpAsync(Guid requestId, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var clockStream = await session.Events.FetchForWriting<SlaClock>(SlaClock.IdFor(requestId), cancellation);
        var (_, newDeadlines) = await SlaClockCatchUp.FollowAsync(requestId, clockStream, session, cancellation);
        var now = time.GetUtcNow();
        return [.. newDeadlines.Select(deadline => Timers.DueAt(deadline, deadline.DueAt, now))];
    }
}
