
namespace Milestone.Domain.Tests.Sla;

/// <summary>
/// Two requests on London office hours (09:00–17:00, GMT in March 2026), at risk at 75 %, worked by hand.
/// A (High: 4 h to respond, 8 h to resolve): submitted Monday 2 March 15:00, answered Tuesday 09:30, completed
/// Wednesday 12:00. B (Normal: 4 h / 16 h): submitted Wednesday 10:00, answered 11:00, completed 15:30.
/// The calendar forgot that Tuesday 3 March was a holiday.
/// </summary>
public sealed class SlaRecomputationTests
{
    private static readonly Guid A = Guid.Parse("0193a1b2-0000-7000-8000-00000000000a");
    private static readonly Guid B = Guid.Parse("0193a1b2-0000-7000-8000-00000000000b");
    private static readonly Guid AgentId = Agent.PersonId;
    private static readonly Guid PolicyId = Guid.Parse("0193a1b2-0000-7000-8000-0000000005a1");
    private static readonly BusinessCalendar Forgetful = BusinessCalendarTests.OfficeHours("Europe/London");
    private static readonly SlaTerms AsRun = new(PolicyId, 1, SlaPolicyTests.StandardTargets, 75, Forgetful);
    private static readonly SlaTerms Corrected = AsRun with
    {
        PolicyVersion = 2,
        Calendar = Forgetful with { Holidays = [new Holiday(new DateOnly(2026, 3, 3), "Forgotten holiday", false)] },
    };

    private static readonly DateTimeOffset ReplayedUntil = Mar(9, 9);

    /// <summary>
    /// A's response took 2 h 30 min as run (Monday 2 h, Tuesday 30 min; due Tuesday 11:00) and 2 h corrected (due
    /// Wednesday 11:00): met either way. Its resolution took 13 h as run (due Tuesday 15:00): breached; corrected, 5 h
    /// (due Wednesday 15:00): met. B never ran on the Tuesday and does not change.
    /// </summary>
    [Fact]
    public void A_forgotten_holiday_corrects_the_targets_that_ran_over_it_and_no_others()
    {
        var corrections = Recompute(A).Concat(Recompute(B)).ToList();

        Assert.Equal(
            [
                Correction(SlaTargetKind.Response, Mar(3, 11), Mar(4, 11), TimeSpan.FromHours(2.5), TimeSpan.FromHours(2), oldMet: true, newMet: true),
                Correction(SlaTargetKind.Resolution, Mar(3, 15), Mar(4, 15), TimeSpan.FromHours(13), TimeSpan.FromHours(5), oldMet: false, newMet: true),
            ],
            corrections);
    }

    [Fact]
    public void The_corrected_figures_are_the_hand_worked_ones_and_a_second_recompute_records_nothing()
    {
        var before = SlaTargetOutcome.Of(AsRecorded(A)).Concat(SlaTargetOutcome.Of(AsRecorded(B)));
        List<object> corrected = [.. AsRecorded(A), .. Recompute(A)];
        var clock = Given(corrected);

        var after = SlaTargetOutcome.Of(corrected).Concat(SlaTargetOutcome.Of(AsRecorded(B)));

        Assert.Equal((4, 3, 1, 75.0), Figures(before));
        Assert.Equal((4, 4, 0, 100.0), Figures(after));
        Assert.Equal((SlaState.Met, true), (clock.Standing, clock.Resolution.Met));
        Assert.Empty(SlaRecomputation.Corrections(corrected, SlaReplay.Replay(History(A), Corrected, ReplayedUntil), Corrected, "Forgotten holiday", Admin, ReplayedUntil));
    }

    [Fact]
    public void Only_administrators_recompute_and_they_say_why()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => SlaRecomputation.RequireRecomputer(new Actor(AgentId, Role.AccountManager, null), "Holiday")).Rejection);
        Assert.Equal("reason", Assert.Throws<CommandRejected>(() => SlaRecomputation.RequireRecomputer(Admin, "  ")).Field);
    }

    /// <summary>
    /// Replayed as the live clock ran, A's resolution went at risk after 6 h (Tuesday 13:00) and breached at 15:00; its
    /// response was answered before its 3 h at-risk moment.
    /// </summary>
    [Fact]
    public void A_replay_under_the_terms_a_clock_ran_with_records_what_the_live_clock_did()
    {
        var recorded = AsRecorded(A);

        Assert.Equal(
            [new SlaAtRisk(SlaClock.IdFor(A), A, Acme, SlaTargetKind.Resolution, 1, Urgency.High, Mar(3, 13), Mar(3, 15))],
            recorded.OfType<SlaAtRisk>());
        Assert.Equal([Mar(3, 15)], recorded.OfType<SlaBreached>().Select(breach => breach.At));
    }

    /// <summary>
    /// Proposed: High 1 h / 4 h, Normal 2 h / 8 h. A's response (2 h 30 min) and resolution (13 h) both breach, each
    /// after going at risk (Monday 15:45; Tuesday 10:00); B's reply after 1 h and completion after 5 h 30 min both meet,
    /// neither at risk (11:30; 16:00). As run: three of four met, one at risk.
    /// </summary>
    [Fact]
    public void A_proposed_policy_is_priced_against_the_real_history_side_by_side_with_what_happened()
    {
        var proposed = AsRun with
        {
            Targets =
            [
                .. SlaPolicyTests.StandardTargets.Select(targets => targets.Urgency switch
                {
                    Urgency.High => targets with { Response = TimeSpan.FromHours(1), Resolution = TimeSpan.FromHours(4) },
                    Urgency.Normal => targets with { Response = TimeSpan.FromHours(2), Resolution = TimeSpan.FromHours(8) },
                    _ => targets,
                }),
            ],
        };

        var actual = SlaWhatIfFigures.Of([.. SlaTargetOutcome.Of(AsRecorded(A)), .. SlaTargetOutcome.Of(AsRecorded(B))]);
        var priced = SlaWhatIfFigures.Of([.. SlaTargetOutcome.Of(SlaReplay.Replay(History(A), proposed, ReplayedUntil)), .. SlaTargetOutcome.Of(SlaReplay.Replay(History(B), proposed, ReplayedUntil))]);

        Assert.Equal(new SlaWhatIfFigures(4, 3, 1, 75.0, 1, 0), actual);
        Assert.Equal(new SlaWhatIfFigures(4, 2, 2, 50.0, 2, 0), priced);
    }

    private static IReadOnlyList<object> History(Guid request) => request == A
        ?
        [
            new RequestSubmitted(A, Acme, AgentId, "Printer", "Jams", Urgency.High, Mar(2, 15)),
            new MessagePosted(A, Acme, Guid.NewGuid(), AgentId, ByStaff: true, Internal: false, "On it", Mar(3, 9, 30)),
            new RequestCompleted(A, Acme, AgentId, Mar(4, 12), null),
        ]
        :
        [
            new RequestSubmitted(B, Acme, AgentId, "Scanner", "Slow", Urgency.Normal, Mar(4, 10)),
            new MessagePosted(B, Acme, Guid.NewGuid(), AgentId, ByStaff: true, Internal: false, "On it", Mar(4, 11)),
            new RequestCompleted(B, Acme, AgentId, Mar(4, 15, 30), null),
        ];

    private static IReadOnlyList<object> AsRecorded(Guid request) => SlaReplay.Replay(History(request), AsRun, ReplayedUntil);

    private static IReadOnlyList<SlaTargetRecomputed> Recompute(Guid request) =>
        SlaRecomputation.Corrections(AsRecorded(request), SlaReplay.Replay(History(request), Corrected, ReplayedUntil), Corrected, "Forgotten holiday", Admin, ReplayedUntil);

    private static SlaTargetRecomputed Correction(SlaTargetKind kind, DateTimeOffset oldDue, DateTimeOffset newDue, TimeSpan oldElapsed, TimeSpan newElapsed, bool oldMet, bool newMet) =>
        new(SlaClock.IdFor(A), A, Acme, kind, 1, oldDue, newDue, oldElapsed, newElapsed, oldMet, newMet, PolicyId, 2, "Forgotten holiday", Admin.PersonId, ReplayedUntil);

    private static (int, int, int, double?) Figures(IEnumerable<SlaTargetOutcome> outcomes)
    {
        var figures = SlaWhatIfFigures.Of(outcomes);
        return (figures.Stopped, figures.Met, figures.Breached, figures.AttainmentPercent);
    }

    private static SlaClock Given(IEnumerable<object> events) => events.Aggregate((SlaClock?)null, SlaClock.Evolve)!;

    private static DateTimeOffset Mar(int day, int hour, int minute = 0) => SlaClockTests.Mar(day, hour, minute);
}
