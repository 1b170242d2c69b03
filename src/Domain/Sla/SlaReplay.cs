namespace Milestone.Domain.Sla;

/// <summary>
/// A request's clock decided again from the request's own history under other terms, without writing anything: the
/// same decisions the live clock made, at the times the request events happened, with every at-risk and breach moment
/// that falls between them recorded at its own time, up to <c>until</c>. Used to correct clocks after a calendar or
/// policy is corrected, and to price a proposed policy against real history.
/// </summary>
public static class SlaReplay
{
    public static IReadOnlyList<object> Replay(IEnumerable<object> requestEvents, SlaTerms terms, DateTimeOffset until)
    {
        SlaClock? clock = null;
        Guid? assignee = null;
        var recorded = new List<object>();
        foreach (var requestEvent in requestEvents)
        {
            assignee = requestEvent switch
            {
                RequestAssigned assigned => assigned.AssigneeId,
                RequestUnassigned => null,
                _ => assignee,
            };
            if (SlaClock.FollowedAt(requestEvent) is not { } at || at > until)
            {
                continue;
            }

            clock = clock is null ? clock : Passed(clock, at, recorded);
            var decided = requestEvent is RequestSubmitted submitted && clock is null
                ? [SlaClock.Start(SlaClock.IdFor(submitted.RequestId), submitted.RequestId, submitted.ClientId, submitted.Urgency, terms, submitted.SubmittedAt)]
                : clock?.Follow(requestEvent, assignee) ?? [];
            recorded.AddRange(decided);
            clock = decided.Aggregate(clock, SlaClock.Evolve);
        }

        if (clock is not null)
        {
            Passed(clock, until, recorded);
        }

        return recorded;
    }

    /// <summary>Records every deadline due at or before <paramref name="at"/>, earliest first, as the scheduled messages would have.</summary>
    private static SlaClock Passed(SlaClock clock, DateTimeOffset at, List<object> recorded)
    {
        while (clock.PendingDeadlines().Where(deadline => deadline.DueAt <= at).OrderBy(deadline => deadline.DueAt).FirstOrDefault() is { } due
            && clock.CheckDeadline(due, due.DueAt).ToList() is { Count: > 0 } facts)
        {
            recorded.AddRange(facts);
            clock = facts.Aggregate(clock, (state, fact) => SlaClock.Evolve(state, fact)!);
        }

        return clock;
    }
}
