namespace Milestone.Domain.Sla;

/// <summary>
/// What the request's life does to its clocks. The request has already decided the move; the clock
/// only refuses moves that cannot follow from any request history (such as resuming a cancelled one).
/// </summary>
public sealed partial record SlaClock
{
    public IEnumerable<object> Pause(DateTimeOffset now) => Resolution.Phase switch
    {
        SlaTimerPhase.Paused => [],
        SlaTimerPhase.Running =>
            [new SlaClockPaused(Id, RequestId, ClientId, now, RunningElapsed(Response, now), Resolution.ElapsedAt(now, Terms.Calendar)), .. FollowUpsPaused(now)],
        _ => throw Closed("pause"),
    };

    public IEnumerable<object> Resume(DateTimeOffset now) => Resolution.Phase switch
    {
        SlaTimerPhase.Running => [],
        SlaTimerPhase.Paused => [new SlaClockResumed(Id, RequestId, ClientId, now, PausedDue(Response, now), PausedDue(Resolution, now)!), .. FollowUpsResumed(now)],
        _ => throw Closed("resume"),
    };

    /// <summary>
    /// A public reply by staff; internal notes must not come here. The first one stops the response target; every one
    /// answers the follow-up targets (see <see cref="RecordClientMessage"/>).
    /// </summary>
    public IEnumerable<object> RecordStaffReply(DateTimeOffset now, Guid repliedBy) => [.. ResponseAnswered(now, repliedBy), .. FollowUpsAnswered(now, repliedBy)];

    /// <summary>Completion stops the resolution target, any open follow-up target and, if no public reply came first, the response target too: the client has its answer.</summary>
    public IEnumerable<object> Complete(DateTimeOffset now, Guid? handledBy) => Resolution.Phase switch
    {
        SlaTimerPhase.Stopped => [],
        SlaTimerPhase.NotApplicable => throw Closed("complete"),
        _ => [.. ResponseAnswered(now, handledBy), .. FollowUpsCompleted(now, handledBy), Stop(Resolution, now, handledBy)],
    };

    public IEnumerable<object> Cancel(DateTimeOffset now) => Resolution.Phase switch
    {
        SlaTimerPhase.NotApplicable => [],
        SlaTimerPhase.Stopped => throw Closed("cancel"),
        _ => [new SlaClockCancelled(Id, RequestId, ClientId, now, OpenElapsed(Response, now), Resolution.ElapsedAt(now, Terms.Calendar)), .. FollowUpsCancelled(now)],
    };

    /// <summary>A reopen starts the next resolution cycle from zero under the current urgency; the response target is not counted again.</summary>
    public IEnumerable<object> Reopen(DateTimeOffset now)
    {
        if (Resolution.IsOpen && Resolution.Cycle > 1)
        {
            return [];
        }

        if (Resolution.Phase != SlaTimerPhase.Stopped)
        {
            throw new CommandRejected(Rejection.Conflict, "Only a completed request's clock starts a new resolution cycle.");
        }

        var target = Terms.For(Urgency).Resolution;
        return [new SlaResolutionCycleStarted(Id, RequestId, ClientId, Resolution.Cycle + 1, now, target, DueTimes(Terms, target, TimeSpan.Zero, now))];
    }

    /// <summary>
    /// Open targets take the new urgency's targets from the clock's own policy version, and the
    /// business time already elapsed in the cycle counts against them: new due = now + (new target −
    /// elapsed) in business time, at once if that is already past. Restarting from zero instead would
    /// let a downgrade followed by an upgrade wipe out a late request's lateness. At-risk and breach
    /// facts already recorded stay recorded, and stopped targets keep their outcome.
    /// </summary>
    public IEnumerable<object> ChangeUrgency(Urgency newUrgency, DateTimeOffset now)
    {
        if (Resolution.Phase == SlaTimerPhase.NotApplicable)
        {
            throw Closed("change the urgency of");
        }

        if (newUrgency == Urgency)
        {
            return [];
        }

        var targets = Terms.For(newUrgency);
        var responseElapsed = RunningElapsed(Response, now);
        var resolutionElapsed = RunningElapsed(Resolution, now);
        return
        [
            new SlaTargetsRecomputed(
                Id,
                RequestId,
                ClientId,
                Urgency,
                newUrgency,
                now,
                responseElapsed,
                responseElapsed is { } response ? DueTimes(Terms, targets.Response, response, now) : null,
                resolutionElapsed,
                resolutionElapsed is { } resolution ? DueTimes(Terms, targets.Resolution, resolution, now) : null),
            .. FollowUpsRetargeted(newUrgency, now),
        ];
    }

    private IEnumerable<object> ResponseAnswered(DateTimeOffset now, Guid? answeredBy) => Response.IsOpen ? [Stop(Response, now, answeredBy)] : [];

    private SlaTargetStopped Stop(SlaTimer timer, DateTimeOffset now, Guid? creditedTo)
    {
        var elapsed = timer.ElapsedAt(now, Terms.Calendar);
        return new SlaTargetStopped(Id, RequestId, ClientId, timer.Kind, timer.Cycle, now, timer.Target, elapsed, timer.WouldMeet(elapsed), creditedTo, Urgency);
    }

    private TimeSpan? RunningElapsed(SlaTimer timer, DateTimeOffset now) =>
        timer.Phase == SlaTimerPhase.Running ? timer.ElapsedAt(now, Terms.Calendar) : null;

    private TimeSpan? OpenElapsed(SlaTimer timer, DateTimeOffset now) =>
        timer.IsOpen ? timer.ElapsedAt(now, Terms.Calendar) : null;

    private SlaDueTimes? PausedDue(SlaTimer timer, DateTimeOffset now) =>
        timer.Phase == SlaTimerPhase.Paused ? DueTimes(Terms, timer.Target, timer.Elapsed, now) : null;

    private CommandRejected Closed(string what) => new(
        Rejection.Conflict,
        $"You cannot {what} the SLA clock of a request that is {(Resolution.Phase == SlaTimerPhase.Stopped ? "completed" : "cancelled")}.");
}
