namespace Milestone.Domain.Sla;

/// <summary>
/// The follow-up targets, for policies that set them. A client message once the first response is behind starts
/// a next-reply target, unless one is already waiting (the oldest unanswered message sets the time); each public
/// staff reply stops it and the current periodic update and starts the next periodic update. Both pause while the
/// request waits on the client, take a new urgency's value with the time already counted, stop at completion and
/// no longer apply once the request is cancelled.
/// </summary>
public sealed partial record SlaClock
{
    public IEnumerable<object> RecordClientMessage(DateTimeOffset now) =>
        !Response.IsOpen && Resolution.IsOpen && NextReply is not { IsOpen: true } && Terms.For(Urgency).NextReply is { } target
            ? [StartFollowUp(SlaTargetKind.NextReply, NextReply, target, now)]
            : [];

    private IEnumerable<SlaTimer> OpenFollowUps() => new[] { NextReply, PeriodicUpdate }.OfType<SlaTimer>().Where(timer => timer.IsOpen);

    private IEnumerable<object> FollowUpsAnswered(DateTimeOffset now, Guid repliedBy)
    {
        var stopped = OpenFollowUps().Select(timer => (object)Stop(timer, now, repliedBy)).ToList();
        return Resolution.IsOpen && Terms.For(Urgency).PeriodicUpdate is { } every
            ? [.. stopped, StartFollowUp(SlaTargetKind.PeriodicUpdate, PeriodicUpdate, every, now)]
            : stopped;
    }

    private SlaTargetStarted StartFollowUp(SlaTargetKind kind, SlaTimer? previous, TimeSpan target, DateTimeOffset now) => new(
        Id,
        RequestId,
        ClientId,
        kind,
        (previous?.Cycle ?? 0) + 1,
        Urgency,
        now,
        target,
        Resolution.Phase == SlaTimerPhase.Running ? DueTimes(Terms, target, TimeSpan.Zero, now) : null);

    private IEnumerable<object> FollowUpsPaused(DateTimeOffset now) =>
        OpenFollowUps().Where(timer => timer.Phase == SlaTimerPhase.Running)
            .Select(timer => new SlaTargetPaused(Id, RequestId, ClientId, timer.Kind, timer.Cycle, now, timer.ElapsedAt(now, Terms.Calendar)));

    private IEnumerable<object> FollowUpsResumed(DateTimeOffset now) =>
        OpenFollowUps().Where(timer => timer.Phase == SlaTimerPhase.Paused)
            .Select(timer => new SlaTargetResumed(Id, RequestId, ClientId, timer.Kind, timer.Cycle, now, DueTimes(Terms, timer.Target, timer.Elapsed, now)));

    private IEnumerable<object> FollowUpsCompleted(DateTimeOffset now, Guid? handledBy) =>
        OpenFollowUps().Select(timer => Stop(timer, now, handledBy));

    private IEnumerable<object> FollowUpsCancelled(DateTimeOffset now) =>
        OpenFollowUps().Select(timer => Cancelled(timer, now));

    private IEnumerable<object> FollowUpsRetargeted(Urgency newUrgency, DateTimeOffset now) =>
        OpenFollowUps().Select(timer => Terms.For(newUrgency).Of(timer.Kind) is { } target
            ? (object)Retargeted(timer, newUrgency, target, now)
            : Cancelled(timer, now));

    private SlaTargetRetargeted Retargeted(SlaTimer timer, Urgency newUrgency, TimeSpan target, DateTimeOffset now)
    {
        var elapsed = RunningElapsed(timer, now);
        var due = elapsed is { } counted ? DueTimes(Terms, target, counted, now) : null;
        return new SlaTargetRetargeted(Id, RequestId, ClientId, timer.Kind, timer.Cycle, newUrgency, now, target, elapsed, due);
    }

    private SlaTargetCancelled Cancelled(SlaTimer timer, DateTimeOffset now) =>
        new(Id, RequestId, ClientId, timer.Kind, timer.Cycle, now, timer.ElapsedAt(now, Terms.Calendar));
}
