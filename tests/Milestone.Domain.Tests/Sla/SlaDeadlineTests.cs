using static Milestone.Domain.Tests.Sla.SlaClockTests;

namespace Milestone.Domain.Tests.Sla;

/// <summary>The clock of <see cref="SlaClockTests"/>: response at risk Tuesday 10:00, due 11:00; resolution at risk 13:00, due 15:00.</summary>
public sealed class SlaDeadlineTests
{
    private static readonly SlaClock Clock = Started();
    private static readonly SlaDeadline ResponseAtRisk = Clock.PendingDeadlines()[0];
    private static readonly SlaDeadline ResponseBreach = Clock.PendingDeadlines()[1];
    private static readonly SlaDeadline ResolutionAtRisk = Clock.PendingDeadlines()[2];
    private static readonly SlaDeadline ResolutionBreach = Clock.PendingDeadlines()[3];

    [Fact]
    public void A_due_at_risk_deadline_records_the_target_at_risk()
    {
        Assert.Equal(
            [new SlaAtRisk(Clock.Id, Clock.RequestId, Clock.ClientId, SlaTargetKind.Response, 1, Urgency.High, Mar(3, 10), Mar(3, 11))],
            Clock.CheckDeadline(ResponseAtRisk, Mar(3, 10)));
    }

    [Fact]
    public void A_due_breach_deadline_records_the_breach_at_its_due_time_even_when_delivered_late()
    {
        var atRisk = Given([.. StartedEvents(), .. Clock.CheckDeadline(ResolutionAtRisk, Mar(3, 13))]);

        Assert.Equal(
            [new SlaBreached(Clock.Id, Clock.RequestId, Clock.ClientId, SlaTargetKind.Resolution, 1, Urgency.High, Mar(3, 15))],
            atRisk.CheckDeadline(ResolutionBreach, Mar(3, 15, 7)));
    }

    [Fact]
    public void A_breach_that_arrives_before_its_at_risk_warning_records_the_warning_first_at_its_own_time()
    {
        Assert.Equal(
            [
                new SlaAtRisk(Clock.Id, Clock.RequestId, Clock.ClientId, SlaTargetKind.Resolution, 1, Urgency.High, Mar(3, 13), Mar(3, 15)),
                new SlaBreached(Clock.Id, Clock.RequestId, Clock.ClientId, SlaTargetKind.Resolution, 1, Urgency.High, Mar(3, 15)),
            ],
            Clock.CheckDeadline(ResolutionBreach, Mar(3, 15, 7)));
    }

    [Fact]
    public void A_duplicate_delivery_records_nothing_more()
    {
        var atRisk = Given([.. StartedEvents(), .. Clock.CheckDeadline(ResponseAtRisk, Mar(3, 10))]);
        var breached = Given([.. StartedEvents(), .. Clock.CheckDeadline(ResponseBreach, Mar(3, 11))]);

        Assert.Empty(atRisk.CheckDeadline(ResponseAtRisk, Mar(3, 10)));
        Assert.Empty(breached.CheckDeadline(ResponseBreach, Mar(3, 11)));
        Assert.DoesNotContain(breached.PendingDeadlines(), d => d.Kind == SlaTargetKind.Response);
    }

    [Fact]
    public void An_at_risk_deadline_after_the_breach_is_recorded_changes_nothing()
    {
        var breached = Given([.. StartedEvents(), .. Clock.CheckDeadline(ResponseBreach, Mar(3, 11))]);

        Assert.Empty(breached.CheckDeadline(ResponseAtRisk, Mar(3, 11)));
    }

    [Fact]
    public void A_deadline_that_arrives_early_changes_nothing()
    {
        Assert.Empty(Clock.CheckDeadline(ResponseBreach, Mar(3, 10, 59)));
    }

    [Fact]
    public void A_deadline_for_a_paused_clock_changes_nothing()
    {
        Assert.Empty(Paused().CheckDeadline(ResponseBreach, Mar(3, 11)));
    }

    [Fact]
    public void A_deadline_for_a_stopped_target_changes_nothing()
    {
        Assert.Empty(Responded().CheckDeadline(ResponseBreach, Mar(3, 11)));
        Assert.Empty(Completed().CheckDeadline(ResolutionBreach, Mar(3, 15)));
    }

    [Fact]
    public void A_deadline_for_a_due_time_that_moved_changes_nothing()
    {
        var resumed = Given([.. PausedEvents(), .. Paused().Resume(Mar(4, 14))]);

        Assert.Empty(resumed.CheckDeadline(ResponseBreach, Mar(4, 15)));
        Assert.IsType<SlaBreached>(resumed.CheckDeadline(ResponseBreach with { DueAt = Mar(4, 15) }, Mar(4, 15)).Last());
    }

    [Fact]
    public void A_deadline_from_an_earlier_cycle_changes_nothing()
    {
        Assert.Empty(Reopened().CheckDeadline(ResolutionBreach, Mar(5, 10)));
    }

    [Fact]
    public void A_deadline_for_a_cancelled_clock_changes_nothing()
    {
        Assert.Empty(Given([.. StartedEvents(), .. Clock.Cancel(Mar(3, 9))]).CheckDeadline(ResponseBreach, Mar(3, 11)));
    }

    [Fact]
    public void A_deadline_for_another_clock_changes_nothing()
    {
        Assert.Empty(Clock.CheckDeadline(ResponseBreach with { ClockId = Guid.NewGuid() }, Mar(3, 11)));
    }

    [Fact]
    public void An_upgrade_past_the_new_target_makes_the_breach_due_at_once()
    {
        var upgraded = Given([.. StartedEvents(), .. Clock.ChangeUrgency(Urgency.Critical, Mar(3, 10))]);
        var breach = upgraded.PendingDeadlines().Single(d => d is { Kind: SlaTargetKind.Response, Milestone: SlaMilestone.Breach });

        Assert.Equal(Mar(3, 10), breach.DueAt);
        Assert.Equal([typeof(SlaAtRisk), typeof(SlaBreached)], upgraded.CheckDeadline(breach, Mar(3, 10)).Select(e => e.GetType()));
        Assert.Empty(upgraded.CheckDeadline(ResponseBreach, Mar(3, 11)));
    }
}
