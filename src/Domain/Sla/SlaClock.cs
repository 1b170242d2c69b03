namespace Milestone.Domain.Sla;

/// <summary>
/// The SLA clocks of one request; one stream per request. The response target runs in the first
/// cycle only; every reopen starts a new resolution cycle. The follow-up targets, when the policy sets them,
/// hold their latest cycle only: <see cref="NextReply"/> and <see cref="PeriodicUpdate"/>. Due times are computed
/// by decisions and carried in events, so rebuilding the state never depends on today's calendar code.
/// </summary>
public sealed partial record SlaClock(
    Guid Id,
    Guid RequestId,
    Guid ClientId,
    Urgency Urgency,
    SlaTerms Terms,
    SlaTimer Response,
    SlaTimer Resolution)
{
    public int Version { get; set; }

    public SlaTimer? NextReply { get; init; }

    public SlaTimer? PeriodicUpdate { get; init; }

    public static SlaClock? Evolve(SlaClock? state, object @event) => @event switch
    {
        SlaClockStarted started => new SlaClock(
            started.ClockId,
            started.RequestId,
            started.ClientId,
            started.Urgency,
            started.Terms,
            SlaTimer.Running(SlaTargetKind.Response, 1, started.Terms.For(started.Urgency).Response, started.StartedAt, started.ResponseDue),
            SlaTimer.Running(SlaTargetKind.Resolution, 1, started.Terms.For(started.Urgency).Resolution, started.StartedAt, started.ResolutionDue)),
        _ => state?.EvolveRunning(@event),
    };

    /// <summary>Starts both targets at submission, counting in the terms' calendar.</summary>
    public static SlaClockStarted Start(Guid clockId, Guid requestId, Guid clientId, Urgency urgency, SlaTerms terms, DateTimeOffset submittedAt)
    {
        var targets = terms.For(urgency);
        return new SlaClockStarted(
            clockId,
            requestId,
            clientId,
            urgency,
            terms,
            submittedAt,
            DueTimes(terms, targets.Response, TimeSpan.Zero, submittedAt),
            DueTimes(terms, targets.Resolution, TimeSpan.Zero, submittedAt));
    }

    private SlaClock EvolveRunning(object @event) => @event switch
    {
        SlaClockPaused paused => this with
        {
            Response = Response.PausedWith(paused.ResponseElapsed),
            Resolution = Resolution.PausedWith(paused.ResolutionElapsed),
        },
        SlaClockResumed resumed => this with
        {
            Response = Response.ResumedAt(resumed.ResumedAt, resumed.ResponseDue),
            Resolution = Resolution.ResumedAt(resumed.ResumedAt, resumed.ResolutionDue),
        },
        SlaTargetStopped stopped => WithTimer(stopped.Kind, stopped.Cycle, timer => timer with
        {
            Phase = SlaTimerPhase.Stopped,
            Elapsed = stopped.Elapsed,
            RunningSince = null,
            Met = stopped.Met,
            StoppedAt = stopped.StoppedAt,
        }),
        SlaClockCancelled cancelled => this with
        {
            Response = Response.CancelledWith(cancelled.ResponseElapsed),
            Resolution = Resolution.CancelledWith(cancelled.ResolutionElapsed),
        },
        SlaResolutionCycleStarted cycle => this with
        {
            Resolution = SlaTimer.Running(SlaTargetKind.Resolution, cycle.Cycle, cycle.Target, cycle.StartedAt, cycle.ResolutionDue),
        },
        SlaTargetsRecomputed recomputed => this with
        {
            Urgency = recomputed.To,
            Response = Response.RetargetedTo(Terms.For(recomputed.To).Response, recomputed.RecomputedAt, recomputed.ResponseElapsed, recomputed.ResponseDue),
            Resolution = Resolution.RetargetedTo(Terms.For(recomputed.To).Resolution, recomputed.RecomputedAt, recomputed.ResolutionElapsed, recomputed.ResolutionDue),
        },
        SlaTargetStarted started => WithFollowUp(started.Due is { } due
            ? SlaTimer.Running(started.Kind, started.Cycle, started.Target, started.StartedAt, due)
            : SlaTimer.Paused(started.Kind, started.Cycle, started.Target)),
        SlaTargetPaused paused => WithTimer(paused.Kind, paused.Cycle, timer => timer.PausedWith(paused.Elapsed)),
        SlaTargetResumed resumed => WithTimer(resumed.Kind, resumed.Cycle, timer => timer.ResumedAt(resumed.ResumedAt, resumed.Due)),
        SlaTargetRetargeted retargeted => WithTimer(retargeted.Kind, retargeted.Cycle, timer => timer.RetargetedTo(retargeted.Target, retargeted.RetargetedAt, retargeted.Elapsed, retargeted.Due)),
        SlaTargetCancelled cancelled => WithTimer(cancelled.Kind, cancelled.Cycle, timer => timer.CancelledWith(cancelled.Elapsed)),
        SlaTargetRecomputed recomputed => WithTimer(recomputed.Kind, recomputed.Cycle, timer => timer with
        {
            Elapsed = recomputed.NewElapsed,
            Met = recomputed.NewMet,
            BreachRecorded = !recomputed.NewMet,
            // A stopped target's at-risk moment no longer schedules anything; only its due time is read.
            Due = recomputed.NewDueAt is { } dueAt ? new SlaDueTimes(timer.Due?.AtRiskAt ?? dueAt, dueAt) : timer.Due,
        }),
        SlaAtRisk atRisk => WithTimer(atRisk.Kind, atRisk.Cycle, timer => timer with { AtRiskRecorded = true }),
        SlaBreached breached => WithTimer(breached.Kind, breached.Cycle, timer => timer with { BreachRecorded = true }),
        _ => this,
    };

    private SlaClock WithTimer(SlaTargetKind kind, int cycle, Func<SlaTimer, SlaTimer> change) =>
        Response.Is(kind, cycle) ? this with { Response = change(Response) }
        : Resolution.Is(kind, cycle) ? this with { Resolution = change(Resolution) }
        : NextReply?.Is(kind, cycle) == true ? this with { NextReply = change(NextReply) }
        : PeriodicUpdate?.Is(kind, cycle) == true ? this with { PeriodicUpdate = change(PeriodicUpdate) }
        : this;

    private SlaClock WithFollowUp(SlaTimer timer) => timer.Kind switch
    {
        SlaTargetKind.NextReply => this with { NextReply = timer },
        SlaTargetKind.PeriodicUpdate => this with { PeriodicUpdate = timer },
        _ => this,
    };

    private static SlaDueTimes DueTimes(SlaTerms terms, TimeSpan target, TimeSpan elapsed, DateTimeOffset from) => new(
        terms.Calendar.Add(from, Left(terms.AtRiskAfter(target), elapsed)),
        terms.Calendar.Add(from, Left(target, elapsed)));

    private static TimeSpan Left(TimeSpan target, TimeSpan elapsed) => target > elapsed ? target - elapsed : TimeSpan.Zero;
}
