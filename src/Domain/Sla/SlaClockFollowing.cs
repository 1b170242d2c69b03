namespace Milestone.Domain.Sla;

/// <summary>What each request event does to the request's clock: the one mapping both the live clock and a replay use.</summary>
public sealed partial record SlaClock
{
    /// <summary><paramref name="assignee"/> who has the request when the event happens: completion is credited to them.</summary>
    public IReadOnlyList<object> Follow(object requestEvent, Guid? assignee) => requestEvent switch
    {
        WaitingOnClientStarted waiting => [.. Pause(waiting.At)],
        WorkResumed resumed => [.. Resume(resumed.ResumedAt)],
        MessagePosted { ByStaff: true, Internal: false } reply => [.. RecordStaffReply(reply.PostedAt, reply.AuthorId)],
        MessagePosted { ByStaff: false, Internal: false } message => [.. RecordClientMessage(message.PostedAt)],
        RequestCompleted completed => [.. Complete(completed.CompletedAt, assignee ?? completed.CompletedBy)],
        RequestCancelled cancelled => [.. Cancel(cancelled.CancelledAt)],
        RequestReopened reopened => [.. Reopen(reopened.ReopenedAt)],
        UrgencyChanged changed => [.. ChangeUrgency(changed.To, changed.ChangedAt)],
        _ => [],
    };

    /// <summary>When a request event the clock follows happened; null for the events it does not follow.</summary>
    public static DateTimeOffset? FollowedAt(object requestEvent) => requestEvent switch
    {
        RequestSubmitted submitted => submitted.SubmittedAt,
        WaitingOnClientStarted waiting => waiting.At,
        WorkResumed resumed => resumed.ResumedAt,
        MessagePosted { Internal: false } message => message.PostedAt,
        RequestCompleted completed => completed.CompletedAt,
        RequestCancelled cancelled => cancelled.CancelledAt,
        RequestReopened reopened => reopened.ReopenedAt,
        UrgencyChanged changed => changed.ChangedAt,
        _ => null,
    };
}
