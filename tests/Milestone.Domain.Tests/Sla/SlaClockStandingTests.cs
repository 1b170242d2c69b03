namespace Milestone.Domain.Tests.Sla;

/// <summary>The state a queue sorts and filters by, from recorded facts; the same clock as <see cref="SlaClockTests"/>.</summary>
public sealed class SlaClockStandingTests
{
    private static readonly Guid Agent = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");

    [Fact]
    public void A_running_clock_is_on_track_and_due_at_its_soonest_target()
    {
        var started = SlaClockTests.Started();

        Assert.Equal(SlaState.OnTrack, started.Standing);
        Assert.Equal(started.Response.Due!.DueAt, started.NextDueAt);
    }

    [Fact]
    public void A_recorded_at_risk_or_breach_is_the_standing_until_the_target_stops()
    {
        var started = SlaClockTests.Started();
        var atRisk = SlaClockTests.Given([.. SlaClockTests.StartedEvents(), .. started.CheckDeadline(started.PendingDeadlines()[0], started.Response.Due!.AtRiskAt)]);
        var breached = SlaClockTests.Given([.. SlaClockTests.StartedEvents(), .. started.CheckDeadline(started.PendingDeadlines()[1], started.Response.Due!.DueAt)]);

        Assert.Equal(SlaState.AtRisk, atRisk.Standing);
        Assert.Equal(SlaState.Breached, breached.Standing);
    }

    [Fact]
    public void A_paused_clock_has_no_due_time()
    {
        var paused = SlaClockTests.Paused();

        Assert.Equal(SlaState.Paused, paused.Standing);
        Assert.Null(paused.NextDueAt);
    }

    [Fact]
    public void A_completed_clock_stands_as_it_ended()
    {
        Assert.Equal(SlaState.Met, SlaClockTests.Completed().Standing);
        Assert.Null(SlaClockTests.Completed().NextDueAt);
    }

    [Fact]
    public void The_clock_id_is_derived_from_the_request_id_and_differs_from_it()
    {
        var requestId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

        Assert.Equal(SlaClock.IdFor(requestId), SlaClock.IdFor(requestId));
        Assert.NotEqual(requestId, SlaClock.IdFor(requestId));
        Assert.NotEqual(SlaClock.IdFor(requestId), SlaClock.IdFor(Guid.Parse("0193a1b2-0000-7000-8000-000000000002")));
        Assert.Equal(5, SlaClock.IdFor(requestId).Version);
    }
}
