using JasperFx.Events;
using Milestone.Projections.Sla;

namespace Milestone.Api.Sla;

/// <summary>Bring a request's SLA clock up to date with the request now, as the next forwarded event would.</summary>
public sealed record CatchUpSlaClock(Guid RequestId);

/// <summary>
/// Keeps each request's SLA clock in step with the request. Marten forwards the request events that
/// matter to a clock through Wolverine's outbox; whichever arrives, the clock catches up on every
/// request event after the last one it followed, in stream order and at the times they happened, so
/// late, duplicate or out-of-order deliveries come out the same. It reads only those events: who the
/// request is assigned to is kept with how far it followed. The deadlines a change sets are
/// scheduled as delayed messages in the same transaction.
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
        var following = await session.LoadAsync<SlaFollowing>(requestId, cancellation);
        var followed = following?.RequestVersion ?? 0;
        var readFrom = following is { TracksAssignee: true } ? followed + 1 : 1;
        var requestEvents = await session.Events.FetchStreamAsync(requestId, fromVersion: readFrom, token: cancellation);
        if (requestEvents.Count == 0 || requestEvents[^1].Version <= followed)
        {
            return [];
        }

        var clockStream = await session.Events.FetchForWriting<SlaClock>(SlaClock.IdFor(requestId), cancellation);
        var clock = clockStream.Aggregate;
        var scheduledBefore = clock?.PendingDeadlines() ?? [];
        var assignee = following?.Assignee;
        foreach (var recorded in requestEvents)
        {
            assignee = recorded.Data switch
            {
                RequestAssigned assigned => assigned.AssigneeId,
                RequestUnassigned => null,
                _ => assignee,
            };
            if (recorded.Version <= followed)
            {
                continue;
            }

            var decided = recorded.Data is RequestSubmitted submitted && clock is null
                ? await StartAsync(submitted, session, cancellation)
                : clock is null ? [] : Decide(clock, recorded.Data, assignee);
            clockStream.AppendMany(decided);
            clock = decided.Aggregate(clock, SlaClock.Evolve);
        }

        session.Store(new SlaFollowing(requestId, requestEvents[^1].Version, assignee, TracksAssignee: true));
        var now = time.GetUtcNow();
        return [.. (clock?.PendingDeadlines().Except(scheduledBefore) ?? []).Select(deadline => Timers.DueAt(deadline, deadline.DueAt, now))];
    }

    private static async Task<IReadOnlyList<object>> StartAsync(RequestSubmitted submitted, IDocumentSession session, CancellationToken cancellation) =>
        await session.TermsForClientAsync(submitted.ClientId, cancellation) is { } terms
            ? [SlaClock.Start(SlaClock.IdFor(submitted.RequestId), submitted.RequestId, submitted.ClientId, submitted.Urgency, terms, submitted.SubmittedAt)]
            : [];

    private static IReadOnlyList<object> Decide(SlaClock clock, object requestEvent, Guid? assignee) => requestEvent switch
    {
        WaitingOnClientStarted waiting => [.. clock.Pause(waiting.At)],
        WorkResumed resumed => [.. clock.Resume(resumed.ResumedAt)],
        MessagePosted { ByStaff: true, Internal: false } reply => [.. clock.RecordFirstStaffResponse(reply.PostedAt, reply.AuthorId)],
        RequestCompleted completed => [.. clock.Complete(completed.CompletedAt, assignee ?? completed.CompletedBy)],
        RequestCancelled cancelled => [.. clock.Cancel(cancelled.CancelledAt)],
        RequestReopened reopened => [.. clock.Reopen(reopened.ReopenedAt)],
        UrgencyChanged changed => [.. clock.ChangeUrgency(changed.To, changed.ChangedAt)],
        _ => [],
    };
}
