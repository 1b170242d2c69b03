
namespace Milestone.Domain.Tests.Sla;

/// <summary>
/// The follow-up targets, worked by hand on office hours Monday to Friday 09:00–17:00 in London (GMT in March
/// 2026), at risk at 75 %. Normal requests have 4 h to respond and 16 h to resolve, a next reply within 2 h and a
/// public update at least every 6 h; Low requests have neither follow-up target.
/// </summary>
public sealed class SlaFollowUpTargetTests
{
    private static readonly Guid ClockId = Guid.Parse("0193a1b2-0000-7000-8000-00000000f011");
    private static readonly Guid Agent = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");
    private static readonly SlaTerms Terms = new(
        Guid.Parse("0193a1b2-0000-7000-8000-0000000005a2"),
        1,
        [
            new(Urgency.Low, TimeSpan.FromHours(8), TimeSpan.FromHours(40)),
            new(Urgency.Normal, TimeSpan.FromHours(4), TimeSpan.FromHours(16), NextReply: TimeSpan.FromHours(2), PeriodicUpdate: TimeSpan.FromHours(6)),
            new(Urgency.High, TimeSpan.FromHours(4), TimeSpan.FromHours(8), NextReply: TimeSpan.FromHours(1), PeriodicUpdate: TimeSpan.FromHours(4)),
            new(Urgency.Critical, TimeSpan.FromHours(1), TimeSpan.FromHours(4), NextReply: TimeSpan.FromMinutes(30), PeriodicUpdate: TimeSpan.FromHours(2)),
        ],
        75,
        BusinessCalendarTests.OfficeHours("Europe/London"));

    /// <summary>
    /// Answered Thursday 11:00; the client writes Friday 16:00, so the next reply is due after 1 h on Friday and
    /// 1 h on Monday: Monday 10:00. Put on hold Monday 09:15 with 1 h 15 min counted; the client's answer at 13:00
    /// starts nothing new (the oldest unanswered message sets the time) and work resumes with 45 min left, due 13:45.
    /// The reply at 13:30 took 1 h 45 min of business time: met.
    /// </summary>
    [Fact]
    public void A_next_reply_counts_business_time_over_the_weekend_and_not_while_waiting_on_the_client()
    {
        var answered = Answered(Mar(5, 11));

        var asked = answered.RecordClientMessage(Mar(6, 16)).ToList();
        Assert.Equal(
            [new SlaTargetStarted(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Urgency.Normal, Mar(6, 16), TimeSpan.FromHours(2), new SlaDueTimes(Mar(9, 9, 30), Mar(9, 10)))],
            asked);
        var waiting = After(answered, asked);

        var held = waiting.Pause(Mar(9, 9, 15)).ToList();
        Assert.Contains(new SlaTargetPaused(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Mar(9, 9, 15), TimeSpan.FromMinutes(75)), held);
        var onHold = After(waiting, held);
        Assert.Equal(SlaState.Paused, onHold.FollowUpStatus(SlaTargetKind.NextReply, Mar(9, 12))!.State);

        Assert.DoesNotContain(onHold.RecordClientMessage(Mar(9, 13)), change => change is SlaTargetStarted);
        var resumed = onHold.Resume(Mar(9, 13)).ToList();
        Assert.Contains(new SlaTargetResumed(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Mar(9, 13), new SlaDueTimes(Mar(9, 13, 15), Mar(9, 13, 45))), resumed);

        var replied = After(onHold, resumed).RecordStaffReply(Mar(9, 13, 30), Agent).ToList();
        Assert.Contains(
            new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Mar(9, 13, 30), TimeSpan.FromHours(2), TimeSpan.FromMinutes(105), true, Agent, Urgency.Normal),
            replied);
    }

    [Fact]
    public void A_client_message_before_the_first_response_is_covered_by_the_response_target()
    {
        Assert.Empty(Submitted().RecordClientMessage(Mar(5, 10, 30)));
    }

    [Fact]
    public void A_client_message_while_waiting_on_the_client_starts_a_next_reply_that_counts_once_work_resumes()
    {
        var onHold = After(Answered(Mar(5, 11)), Answered(Mar(5, 11)).Pause(Mar(5, 12)));

        var asked = onHold.RecordClientMessage(Mar(5, 16));
        Assert.Equal([new SlaTargetStarted(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Urgency.Normal, Mar(5, 16), TimeSpan.FromHours(2), null)], asked);
        var resumed = After(onHold, asked).Resume(Mar(5, 16)).ToList();

        Assert.Contains(new SlaTargetResumed(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Mar(5, 16), new SlaDueTimes(Mar(6, 9, 30), Mar(6, 10))), resumed);
    }

    /// <summary>
    /// Answered Thursday 11:00: the first update is due 6 h later, Thursday 17:00. The update at 15:00 met it (4 h)
    /// and starts the second, due Friday 13:00 (2 h Thursday, 4 h Friday), at risk after 4 h 30 min: Friday 11:30.
    /// Nobody writes, so Friday 13:00 records the warning and the breach, and the completion at 14:00 stops it missed.
    /// </summary>
    [Fact]
    public void Staff_owe_a_public_update_every_six_business_hours_while_the_request_is_open()
    {
        var answered = Answered(Mar(5, 11));
        Assert.Equal(new SlaDueTimes(Mar(5, 15, 30), Mar(5, 17)), answered.PeriodicUpdate!.Due);

        var updated = answered.RecordStaffReply(Mar(5, 15), Agent).ToList();
        Assert.Equal(
            [
                new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.PeriodicUpdate, 1, Mar(5, 15), TimeSpan.FromHours(6), TimeSpan.FromHours(4), true, Agent, Urgency.Normal),
                new SlaTargetStarted(ClockId, RequestId, Acme, SlaTargetKind.PeriodicUpdate, 2, Urgency.Normal, Mar(5, 15), TimeSpan.FromHours(6), new SlaDueTimes(Mar(6, 11, 30), Mar(6, 13))),
            ],
            updated);
        var silent = After(answered, updated);
        Assert.Contains(new SlaDeadline(ClockId, SlaTargetKind.PeriodicUpdate, SlaMilestone.Breach, 2, Mar(6, 13)), silent.PendingDeadlines());

        var breach = silent.CheckDeadline(new SlaDeadline(ClockId, SlaTargetKind.PeriodicUpdate, SlaMilestone.Breach, 2, Mar(6, 13)), Mar(6, 13)).ToList();
        Assert.Equal(
            [
                new SlaAtRisk(ClockId, RequestId, Acme, SlaTargetKind.PeriodicUpdate, 2, Urgency.Normal, Mar(6, 11, 30), Mar(6, 13)),
                new SlaBreached(ClockId, RequestId, Acme, SlaTargetKind.PeriodicUpdate, 2, Urgency.Normal, Mar(6, 13)),
            ],
            breach);
        var breached = After(silent, breach);
        Assert.Equal(SlaState.Breached, breached.Standing);

        var completed = breached.Complete(Mar(6, 14), Agent).ToList();
        Assert.Contains(
            new SlaTargetStopped(ClockId, RequestId, Acme, SlaTargetKind.PeriodicUpdate, 2, Mar(6, 14), TimeSpan.FromHours(6), TimeSpan.FromHours(7), false, Agent, Urgency.Normal),
            completed);
        Assert.Null(After(breached, completed).FollowUpStatus(SlaTargetKind.PeriodicUpdate, Mar(6, 15))!.DueAt);
    }

    [Fact]
    public void A_policy_without_follow_up_targets_starts_none()
    {
        var low = After(Submitted(), Submitted().ChangeUrgency(Urgency.Low, Mar(5, 10)));
        var answered = After(low, low.RecordStaffReply(Mar(5, 11), Agent));

        Assert.Empty(answered.RecordClientMessage(Mar(5, 12)));
        Assert.Null(answered.FollowUpStatus(SlaTargetKind.PeriodicUpdate, Mar(5, 12)));
        Assert.Null(answered.FollowUpStatus(SlaTargetKind.NextReply, Mar(5, 12)));
    }

    /// <summary>
    /// The next reply started Thursday 12:00 and has counted 1 h at 13:00: as High it has 1 h in all, so it is due at
    /// once; as Low it has no such target any more and no longer applies.
    /// </summary>
    [Fact]
    public void A_new_urgency_retargets_an_open_follow_up_with_the_time_counted_or_drops_it()
    {
        var asked = After(Answered(Mar(5, 11)), Answered(Mar(5, 11)).RecordClientMessage(Mar(5, 12)));

        Assert.Contains(
            new SlaTargetRetargeted(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Urgency.High, Mar(5, 13), TimeSpan.FromHours(1), TimeSpan.FromHours(1), new SlaDueTimes(Mar(5, 13), Mar(5, 13))),
            asked.ChangeUrgency(Urgency.High, Mar(5, 13)));
        Assert.Contains(
            new SlaTargetCancelled(ClockId, RequestId, Acme, SlaTargetKind.NextReply, 1, Mar(5, 13), TimeSpan.FromHours(1)),
            asked.ChangeUrgency(Urgency.Low, Mar(5, 13)));
    }

    [Fact]
    public void Cancelling_the_request_drops_its_open_follow_ups()
    {
        var asked = After(Answered(Mar(5, 11)), Answered(Mar(5, 11)).RecordClientMessage(Mar(5, 12)));

        var cancelled = asked.Cancel(Mar(5, 14)).ToList();

        Assert.Equal(
            [SlaTargetKind.NextReply, SlaTargetKind.PeriodicUpdate],
            cancelled.OfType<SlaTargetCancelled>().Select(change => change.Kind).Order());
        Assert.Empty(After(asked, cancelled).PendingDeadlines());
    }

    private static SlaClock Submitted() => Given([SlaClock.Start(ClockId, RequestId, Acme, Urgency.Normal, Terms, Mar(5, 10))]);

    private static SlaClock Answered(DateTimeOffset at) => After(Submitted(), Submitted().RecordStaffReply(at, Agent));

    private static SlaClock After(SlaClock clock, IEnumerable<object> decided) => decided.Aggregate(clock, (state, change) => SlaClock.Evolve(state, change)!);

    private static SlaClock Given(IEnumerable<object> events) => events.Aggregate((SlaClock?)null, SlaClock.Evolve)!;

    private static DateTimeOffset Mar(int day, int hour, int minute = 0) => SlaClockTests.Mar(day, hour, minute);
}
