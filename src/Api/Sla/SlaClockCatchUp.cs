using JasperFx.Events;
using Marten.Events;
using Milestone.Projections.Sla;

namespace Milestone.Api.Sla;

/// <summary>
/// Brings a request's SLA clock up to date with the request: every request event after the last one the clock
/// followed, in stream order and at the times they happened, appended to the clock's stream being written. Both a
/// forwarded request event and an arriving deadline start here, so a deadline never decides on a clock that has not
/// yet heard of a reply or a pause the request already has (its queue may run behind the deadlines').
/// </summary>
public static class SlaClockCatchUp
{
    /// <summary>The clock as it stands once caught up (null while the request has none), and the deadlines that catching up set.</summary>
    public static async Task<(SlaClock? Clock, IReadOnlyList<SlaDeadline> NewDeadlines)> FollowAsync(
        Guid requestId, IEventStream<SlaClock> clockStream, IDocumentSession session, CancellationToken cancellation)
    {
        var clock = clockStream.Aggregate;
        var following = await session.LoadAsync<SlaFollowing>(requestId, cancellation);
        var followed = following?.RequestVersion ?? 0;
        var readFrom = following is { TracksAssignee: true } ? followed + 1 : 1;
        var requestEvents = await session.Events.FetchStreamAsync(requestId, fromVersion: readFrom, token: cancellation);
        if (requestEvents.Count == 0 || requestEvents[^1].Version <= followed)
        {
            return (clock, []);
        }

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
                : clock is null ? [] : clock.Follow(recorded.Data, assignee);
            clockStream.AppendMany(decided);
            clock = decided.Aggregate(clock, SlaClock.Evolve);
        }

        session.Store(new SlaFollowing(requestId, requestEvents[^1].Version, assignee, TracksAssignee: true));
        return (clock, [.. (clock?.PendingDeadlines() ?? []).Except(scheduledBefore)]);
    }

    private static async Task<IReadOnlyList<object>> StartAsync(RequestSubmitted submitted, IDocumentSession session, CancellationToken cancellation) =>
        await session.TermsForClientAsync(submitted.ClientId, cancellation, submitted.LocationId) is { } terms
            ? [SlaClock.Start(SlaClock.IdFor(submitted.RequestId), submitted.RequestId, submitted.ClientId, submitted.Urgency, terms, submitted.SubmittedAt)]
            : [];
}
