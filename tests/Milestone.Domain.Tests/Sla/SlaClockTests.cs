
namespace Milestone.Domain.Tests.Sla;

/// <summary>
/// Office hours Monday to Friday 09:00–17:00 in London (GMT until 29 March 2026), at risk at 75 %.
/// A High request submitted Monday 2 March 15:00 has 4 h to respond (due Tuesday 11:00) and 8 h to
/// resolve (due Tuesday 15:00).
/// </summary>
public sealed class SlaClockTests
{
    private static readonly Guid ClockId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c10c");
    private static readonly Guid Agent = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid PolicyId = Guid.Parse("0193a1b2-0000-7000-8000-0000000005a1");
    private static readonly SlaTerms Terms = new(PolicyId, 1, SlaPolicyTests.StandardTargets, 75, BusinessCalendarTests.OfficeHours("Europe/London"));
    private static readonly DateTimeOffset Submitted = Mar(2, 15);

    [Fact]
    public void Starting_computes_both_due_times_in_business_time()
    {
        var started = SlaClock.Start(ClockId, RequestId, Acme, Urgency.High, Terms, Submitted);

        Assert.Equal(
            new SlaClockStarted(ClockId, RequestId, Acme, Urgency.High, Terms, Submitted, new SlaDueTimes(Mar(3, 10), Mar(3, 11)), new SlaDueTimes(Mar(3, 13), Mar(3, 15))),
            started);
    }

    [Fact]
    public void A_request_submitted_at_the_weekend_starts_counting_on_monday()
    {
        var started = SlaClock.Start(ClockId, RequestId, Acme, Urgency.Critical, Terms, Mar(7, 11));

        Assert.Equal(new SlaDueTimes(Mar(9, 9, 45), Mar(9, 10)), started.ResponseDue);
        Assert.Equal(new SlaDueTimes(Mar(9, 12), Mar(9, 13)), started.ResolutionDue);
    }

    [Fact]
    public void A_client_in_new_york_counts_its_own_hours_across_its_clock_change()
    {
        var newYork = Terms with { Calendar = BusinessCalendarTests.OfficeHours("America/New_York") };
        var friday = new DateTimeOffset(2026, 3, 6, 16, 30, 0, TimeSpan.FromHours(-5));

        var started = SlaClock.Start(ClockId, RequestId, Acme, Urgency.Critical, newYork, friday);

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 30, 0, TimeSpan.Zero), started.ResponseDue.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 16, 30, 0, TimeSpan.Zero), started.ResolutionDue.DueAt);
    }

    [Fact]
    public void A_started_clock_asks_for_four_deadlines()
    {
        Assert.Equal(
            [
                new SlaDeadline(ClockId, SlaTargetKind.Response, SlaMilestone.AtRisk, 1, Mar(3, 10)),
                new SlaDeadline(ClockId, SlaTargetKind.Response, SlaMilestone.Breach, 1, Mar(3, 11)),
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.AtRisk, 1, Mar(3, 13)),
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.Breach, 1, Mar(3, 15)),
            ],
            Started().PendingDeadlines());
    }

    [Fact]
    public void Waiting_on_the_client_pauses_both_targets_with_the_business_time_so_far()
    {
        var clock = Started();

        Assert.Equal([new SlaClockPaused(ClockId, RequestId, Acme, Mar(3, 10), TimeSpan.FromHours(3), TimeSpan.FromHours(3))], clock.Pause(Mar(3, 10)));
        Assert.Empty(Paused().Pause(Mar(3, 11)));
        Assert.Empty(Paused().PendingDeadlines());
    }

    [Fact]
    public void A_paused_target_shows_paused_without_a_due_time()
    {
        Assert.Equal(
            new SlaTargetView(SlaTargetKind.Response, 1, SlaState.Paused, null, TimeSpan.FromHours(4), TimeSpan.FromHours(3), TimeSpan.FromHours(1), null),
            Paused().Status(SlaTargetKind.Response, Mar(5, 12)));
    }

    [Fact]
    public void Resuming_counts_only_what_was_left()
    {
        var events = Paused().Resume(Mar(4, 14));

        Assert.Equal(
            [new SlaClockResumed(ClockId, RequestId, Acme, Mar(4, 14), new SlaDueTimes(Mar(4, 14), Mar(4, 15)), new SlaDueTimes(Mar(4, 17), Mar(5, 11)))],
            events);
        Assert.Empty(Given([.. PausedEvents(), .. events]).Resume(Mar(4, 15)));
    }

    [Fact]
    public void After_resuming_the_deadlines_follow_the_new_due_times()
    {
        var resumed = Given([.. PausedEvents(), .. Paused().Resume(Mar(4, 14))]);

        Assert.Equal(
            [
                new SlaDeadline(ClockId, SlaTargetKind.Response, SlaMilestone.AtRisk, 1, Mar(4, 14)),
                new SlaDeadline(ClockId, SlaTargetKind.Response, SlaMilestone.Breach, 1, Mar(4, 15)),
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.AtRisk, 1, Mar(4, 17)),
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.Breach, 1, Mar(5, 11)),
            ],
            resumed.PendingDeadlines());
    }

    [Fact]
    public void The_first_public_staff_reply_in_time_meets_the_response_target()
    {
        Assert.Equal(
            [new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Mar(2, 16), TimeSpan.FromHours(4), TimeSpan.FromHours(1), true, Agent, Urgency.High)],
            Started().RecordStaffReply(Mar(2, 16), Agent));
    }

    [Fact]
    public void Later_replies_change_nothing()
    {
        Assert.Empty(Responded().RecordStaffReply(Mar(3, 9), Agent));
    }

    [Fact]
    public void A_late_first_reply_is_recorded_as_missed_and_shows_breached()
    {
        var events = Started().RecordStaffReply(Mar(3, 12), Agent).ToList();

        Assert.Equal(
            [new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Mar(3, 12), TimeSpan.FromHours(4), TimeSpan.FromHours(5), false, Agent, Urgency.High)],
            events);
        var view = Given([.. StartedEvents(), .. events]).Status(SlaTargetKind.Response, Mar(3, 12));
        Assert.Equal((SlaState.Breached, SlaColour.Red), (view.State, view.Colour));
        Assert.Equal((null, Mar(3, 12)), (view.DueAt, view.StoppedAt));
    }

    [Fact]
    public void A_reply_at_the_due_time_is_late()
    {
        Assert.False(Assert.IsType<SlaTargetStopped>(Assert.Single(Started().RecordStaffReply(Mar(3, 11), Agent))).Met);
    }

    [Fact]
    public void A_reply_while_paused_stops_the_response_with_the_time_counted_before_the_pause()
    {
        Assert.Equal(
            [new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Mar(4, 9), TimeSpan.FromHours(4), TimeSpan.FromHours(3), true, Agent, Urgency.High)],
            Paused().RecordStaffReply(Mar(4, 9), Agent));
    }

    [Fact]
    public void Completing_stops_the_resolution_target()
    {
        Assert.Equal(
            [new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Resolution, 1, Mar(3, 14), TimeSpan.FromHours(8), TimeSpan.FromHours(7), true, Agent, Urgency.High)],
            Responded().Complete(Mar(3, 14), Agent));
        Assert.Empty(Completed().Complete(Mar(3, 15), Agent));
    }

    [Fact]
    public void Completing_without_a_reply_stops_the_response_target_as_well()
    {
        Assert.Equal(
            [
                new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Mar(3, 10), TimeSpan.FromHours(4), TimeSpan.FromHours(3), true, Agent, Urgency.High),
                new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Resolution, 1, Mar(3, 10), TimeSpan.FromHours(8), TimeSpan.FromHours(3), true, Agent, Urgency.High),
            ],
            Started().Complete(Mar(3, 10), Agent));
    }

    [Fact]
    public void A_met_target_shows_met_and_green()
    {
        var view = Completed().Status(SlaTargetKind.Resolution, Mar(9, 9));

        Assert.Equal(
            new SlaTargetView(SlaTargetKind.Resolution, 1, SlaState.Met, null, TimeSpan.FromHours(8), TimeSpan.FromHours(7), TimeSpan.Zero, Mar(3, 14)),
            view);
        Assert.Equal(SlaColour.Green, view.Colour);
    }

    [Fact]
    public void Cancelling_makes_the_open_targets_not_applicable()
    {
        var events = Responded().Cancel(Mar(3, 10)).ToList();
        var cancelled = Given([.. RespondedEvents(), .. events]);

        Assert.Equal([new SlaClockCancelled(ClockId, RequestId, Acme, Mar(3, 10), null, TimeSpan.FromHours(3))], events);
        Assert.Equal(SlaState.NotApplicable, cancelled.Status(SlaTargetKind.Resolution, Mar(3, 12)).State);
        Assert.Equal(SlaState.Met, cancelled.Status(SlaTargetKind.Response, Mar(3, 12)).State);
        Assert.Empty(cancelled.PendingDeadlines());
        Assert.Empty(cancelled.Cancel(Mar(3, 11)));
    }

    [Fact]
    public void A_cancelled_clock_does_not_pause_resume_complete_or_change_urgency()
    {
        var cancelled = Given([.. StartedEvents(), .. Started().Cancel(Mar(3, 10))]);

        AssertRejected(() => cancelled.Pause(Mar(3, 11)));
        AssertRejected(() => cancelled.Resume(Mar(3, 11)));
        AssertRejected(() => cancelled.Complete(Mar(3, 11), Agent));
        AssertRejected(() => cancelled.ChangeUrgency(Urgency.Low, Mar(3, 11)));
        Assert.Empty(cancelled.RecordStaffReply(Mar(3, 11), Agent));
    }

    [Fact]
    public void A_completed_clock_is_neither_cancelled_nor_paused()
    {
        AssertRejected(() => Completed().Cancel(Mar(3, 16)));
        AssertRejected(() => Completed().Pause(Mar(3, 16)));
    }

    [Fact]
    public void Reopening_starts_a_new_resolution_cycle_from_zero()
    {
        Assert.Equal(
            [new SlaResolutionCycleStarted(ClockId, RequestId, Acme, 2, Mar(4, 10), TimeSpan.FromHours(8), new SlaDueTimes(Mar(4, 16), Mar(5, 10)))],
            Completed().Reopen(Mar(4, 10)));
    }

    [Fact]
    public void A_reopened_clock_schedules_only_the_new_cycle_and_keeps_the_first_cycles_outcome_in_history()
    {
        var reopened = Reopened();

        Assert.Equal(
            [
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.AtRisk, 2, Mar(4, 16)),
                new SlaDeadline(ClockId, SlaTargetKind.Resolution, SlaMilestone.Breach, 2, Mar(5, 10)),
            ],
            reopened.PendingDeadlines());
        Assert.Equal(SlaState.Met, reopened.Status(SlaTargetKind.Response, Mar(4, 11)).State);
        Assert.Equal(new SlaTargetView(SlaTargetKind.Resolution, 2, SlaState.OnTrack, Mar(5, 10), TimeSpan.FromHours(8), TimeSpan.FromHours(1), TimeSpan.FromHours(7), null), reopened.Status(SlaTargetKind.Resolution, Mar(4, 11)));
    }

    [Fact]
    public void Each_cycle_is_completed_on_its_own()
    {
        Assert.Equal(
            [new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Resolution, 2, Mar(5, 12), TimeSpan.FromHours(8), TimeSpan.FromHours(10), false, Agent, Urgency.High)],
            Reopened().Complete(Mar(5, 12), Agent));
    }

    [Fact]
    public void Reopening_again_changes_nothing_and_a_clock_never_completed_is_not_reopened()
    {
        Assert.Empty(Reopened().Reopen(Mar(4, 11)));
        AssertRejected(() => Started().Reopen(Mar(3, 10)));
    }

    [Fact]
    public void An_upgrade_counts_the_time_already_elapsed_against_the_new_targets()
    {
        Assert.Equal(
            [
                new SlaTargetsRecomputed(
                    ClockId, RequestId, Acme, Urgency.High, Urgency.Critical, Mar(3, 10),
                    TimeSpan.FromHours(3), new SlaDueTimes(Mar(3, 10), Mar(3, 10)),
                    TimeSpan.FromHours(3), new SlaDueTimes(Mar(3, 10), Mar(3, 11))),
            ],
            Started().ChangeUrgency(Urgency.Critical, Mar(3, 10)));
    }

    [Fact]
    public void A_downgrade_moves_the_due_times_out_by_the_new_targets_less_the_time_elapsed()
    {
        var events = Started().ChangeUrgency(Urgency.Low, Mar(3, 10)).ToList();

        Assert.Equal(
            [
                new SlaTargetsRecomputed(
                    ClockId, RequestId, Acme, Urgency.High, Urgency.Low, Mar(3, 10),
                    TimeSpan.FromHours(3), new SlaDueTimes(Mar(3, 13), Mar(3, 15)),
                    TimeSpan.FromHours(3), new SlaDueTimes(Mar(6, 13), Mar(9, 15))),
            ],
            events);
        Assert.Equal(TimeSpan.FromHours(40), Given([.. StartedEvents(), .. events]).Status(SlaTargetKind.Resolution, Mar(3, 10)).Target);
    }

    [Fact]
    public void The_same_urgency_again_changes_nothing()
    {
        Assert.Empty(Started().ChangeUrgency(Urgency.High, Mar(3, 10)));
    }

    [Fact]
    public void An_urgency_change_while_paused_applies_on_resume()
    {
        var events = Paused().ChangeUrgency(Urgency.Critical, Mar(4, 9)).ToList();
        var changed = Given([.. PausedEvents(), .. events]);

        Assert.Equal([new SlaTargetsRecomputed(ClockId, RequestId, Acme, Urgency.High, Urgency.Critical, Mar(4, 9), null, null, null, null)], events);
        Assert.Equal(
            [new SlaClockResumed(ClockId, RequestId, Acme, Mar(4, 14), new SlaDueTimes(Mar(4, 14), Mar(4, 14)), new SlaDueTimes(Mar(4, 14), Mar(4, 15)))],
            changed.Resume(Mar(4, 14)));
    }

    [Fact]
    public void A_recorded_breach_stays_after_a_downgrade_and_the_target_is_not_met()
    {
        var breach = new SlaBreached(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Urgency.High, Mar(3, 11));
        var downgraded = Given([.. StartedEvents(), breach, .. Given([.. StartedEvents(), breach]).ChangeUrgency(Urgency.Low, Mar(3, 12))]);

        Assert.Equal(SlaState.Breached, downgraded.Status(SlaTargetKind.Response, Mar(3, 12)).State);
        Assert.False(Assert.IsType<SlaTargetStopped>(Assert.Single(downgraded.RecordStaffReply(Mar(3, 13), Agent))).Met);
        Assert.DoesNotContain(downgraded.PendingDeadlines(), d => d.Kind == SlaTargetKind.Response);
    }

    [Fact]
    public void The_clock_keeps_its_policy_version_when_the_policy_is_edited_mid_flight()
    {
        var doubled = SlaPolicyTests.StandardTargets.Select(t => t with { Resolution = t.Resolution * 2 }).ToList();
        var revisedPolicy = new SlaPolicy(PolicyId, true, new SlaPolicySettings("Standard", doubled, 75, Guid.NewGuid(), TimeZoneSource.Calendar), 2);

        var changed = Given([.. StartedEvents(), .. Started().ChangeUrgency(Urgency.Critical, Mar(3, 10))]);

        Assert.Equal(TimeSpan.FromHours(8), revisedPolicy.Terms(Terms.Calendar, null).For(Urgency.Critical).Resolution);
        Assert.Equal(1, changed.Terms.PolicyVersion);
        Assert.Equal(TimeSpan.FromHours(4), changed.Status(SlaTargetKind.Resolution, Mar(3, 10)).Target);
    }

    [Fact]
    public void Status_turns_yellow_at_the_at_risk_threshold_and_red_at_the_due_time()
    {
        var clock = Started();

        Assert.Equal((SlaState.OnTrack, SlaColour.Green), Look(clock.Status(SlaTargetKind.Resolution, Mar(3, 12))));
        Assert.Equal((SlaState.AtRisk, SlaColour.Yellow), Look(clock.Status(SlaTargetKind.Resolution, Mar(3, 13))));
        Assert.Equal((SlaState.Breached, SlaColour.Red), Look(clock.Status(SlaTargetKind.Resolution, Mar(3, 15))));
        Assert.Equal(TimeSpan.FromHours(2), clock.Status(SlaTargetKind.Resolution, Mar(3, 13)).Remaining);
    }

    /// <summary>Sampled every 36.0017 s, off the second, from submission to past the resolution due time.</summary>
    [Fact]
    public void Elapsed_and_remaining_of_a_running_target_are_whole_seconds_that_add_up_to_the_target()
    {
        var clock = Started();
        var instants = Enumerable.Range(0, 2_000).Select(step => Submitted + TimeSpan.FromMilliseconds(step * 36_001.7));

        var wrong = instants
            .SelectMany(now => new[] { clock.Status(SlaTargetKind.Response, now), clock.Status(SlaTargetKind.Resolution, now) }.Select(view => (now, view)))
            .Where(seen => seen.view.State != SlaState.Breached)
            .Where(seen => seen.view.Elapsed.Ticks % TimeSpan.TicksPerSecond != 0 || seen.view.Elapsed + seen.view.Remaining != seen.view.Target)
            .Select(seen => $"{seen.view.Kind} at {seen.now:O}: {seen.view.Elapsed} + {seen.view.Remaining}")
            .ToList();

        Assert.Empty(wrong);
    }

    private static (SlaState, SlaColour) Look(SlaTargetView view) => (view.State, view.Colour);

    internal static DateTimeOffset Mar(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);

    internal static IEnumerable<object> StartedEvents() => [SlaClock.Start(ClockId, RequestId, Acme, Urgency.High, Terms, Submitted)];

    internal static IEnumerable<object> PausedEvents() =>
        [.. StartedEvents(), new SlaClockPaused(ClockId, RequestId, Acme, Mar(3, 10), TimeSpan.FromHours(3), TimeSpan.FromHours(3))];

    internal static IEnumerable<object> RespondedEvents() =>
        [.. StartedEvents(), new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Response, 1, Mar(2, 16), TimeSpan.FromHours(4), TimeSpan.FromHours(1), true, Agent, Urgency.High)];

    internal static IEnumerable<object> CompletedEvents() =>
        [.. RespondedEvents(), new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.Resolution, 1, Mar(3, 14), TimeSpan.FromHours(8), TimeSpan.FromHours(7), true, Agent, Urgency.High)];

    internal static IEnumerable<object> ReopenedEvents() =>
        [.. CompletedEvents(), new SlaResolutionCycleStarted(ClockId, RequestId, Acme, 2, Mar(4, 10), TimeSpan.FromHours(8), new SlaDueTimes(Mar(4, 16), Mar(5, 10)))];

    internal static SlaClock Started() => Given(StartedEvents());

    internal static SlaClock Paused() => Given(PausedEvents());

    internal static SlaClock Responded() => Given(RespondedEvents());

    internal static SlaClock Completed() => Given(CompletedEvents());

    internal static SlaClock Reopened() => Given(ReopenedEvents());

    internal static SlaClock Given(IEnumerable<object> events) => events.Aggregate((SlaClock?)null, SlaClock.Evolve)!;

    private static void AssertRejected(Func<IEnumerable<object>> decide) =>
        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => decide().ToList()).Rejection);
}
