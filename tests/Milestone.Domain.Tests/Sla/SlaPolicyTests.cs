
namespace Milestone.Domain.Tests.Sla;

public sealed class SlaPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PolicyId = Guid.Parse("0193a1b2-0000-7000-8000-0000000005a1");
    private static readonly Guid CalendarId = Guid.Parse("0193a1b2-0000-7000-8000-0000000005c1");

    internal static readonly IReadOnlyList<SlaTargets> StandardTargets =
    [
        new(Urgency.Low, TimeSpan.FromHours(8), TimeSpan.FromHours(40)),
        new(Urgency.Normal, TimeSpan.FromHours(4), TimeSpan.FromHours(16)),
        new(Urgency.High, TimeSpan.FromHours(4), TimeSpan.FromHours(8)),
        new(Urgency.Critical, TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
    ];

    private static readonly SlaPolicySettings Standard = new(" Standard ", StandardTargets.Reverse().ToList(), 75, CalendarId, TimeZoneSource.Client);

    [Fact]
    public void An_admin_defines_a_policy_with_its_targets_in_urgency_order()
    {
        var defined = SlaPolicy.Define(PolicyId, isDefault: true, Standard, Admin, Now, calendarExists: true, defaultExists: false);

        Assert.Equivalent(
            new SlaPolicyDefined(PolicyId, "Standard", true, StandardTargets, 75, CalendarId, TimeZoneSource.Client, Admin.PersonId, Now),
            defined,
            strict: true);
        Assert.Equal(StandardTargets, defined.Targets);
    }

    [Fact]
    public void Only_an_admin_changes_policies()
    {
        AssertRejected(Rejection.Forbidden, () => [SlaPolicy.Define(PolicyId, true, Standard, TeamLead, Now, calendarExists: true, defaultExists: false)]);
        AssertRejected(Rejection.Forbidden, () => Defined().Revise(Standard, TeamLead, Now, calendarExists: true));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void The_at_risk_threshold_lies_strictly_between_nothing_and_all_of_the_target(int percent)
    {
        var rejected = AssertRejected(Rejection.Invalid, () => [SlaPolicy.Define(PolicyId, true, Standard with { AtRiskPercent = percent }, Admin, Now, calendarExists: true, defaultExists: false)]);

        Assert.Equal("atRiskPercent", rejected.Field);
    }

    [Fact]
    public void Every_urgency_needs_exactly_one_set_of_targets()
    {
        AssertRejected(Rejection.Invalid, () => [SlaPolicy.Define(PolicyId, true, Standard with { Targets = StandardTargets.Take(3).ToList() }, Admin, Now, calendarExists: true, defaultExists: false)]);
        AssertRejected(Rejection.Invalid, () => [SlaPolicy.Define(PolicyId, true, Standard with { Targets = [.. StandardTargets, StandardTargets[0]] }, Admin, Now, calendarExists: true, defaultExists: false)]);
    }

    [Fact]
    public void Targets_must_be_positive()
    {
        var targets = StandardTargets.Select(t => t.Urgency == Urgency.High ? t with { Response = TimeSpan.Zero } : t).ToList();

        var rejected = AssertRejected(Rejection.Invalid, () => [SlaPolicy.Define(PolicyId, true, Standard with { Targets = targets }, Admin, Now, calendarExists: true, defaultExists: false)]);

        Assert.Equal("targets", rejected.Field);
    }

    [Fact]
    public void A_response_target_longer_than_the_resolution_target_is_refused()
    {
        var targets = StandardTargets.Select(t => t.Urgency == Urgency.Low ? t with { Response = TimeSpan.FromHours(41) } : t).ToList();

        AssertRejected(Rejection.Invalid, () => [SlaPolicy.Define(PolicyId, true, Standard with { Targets = targets }, Admin, Now, calendarExists: true, defaultExists: false)]);
    }

    [Fact]
    public void Follow_up_targets_are_optional_but_never_zero()
    {
        var withFollowUps = StandardTargets.Select(t => t with { NextReply = TimeSpan.FromHours(2), PeriodicUpdate = TimeSpan.FromHours(8) }).ToList();
        var zeroUpdate = StandardTargets.Select(t => t.Urgency == Urgency.High ? t with { PeriodicUpdate = TimeSpan.Zero } : t).ToList();

        var defined = SlaPolicy.Define(PolicyId, true, Standard with { Targets = withFollowUps }, Admin, Now, calendarExists: true, defaultExists: false);
        var rejected = AssertRejected(Rejection.Invalid, () => Defined().Revise(Standard with { Targets = zeroUpdate }, Admin, Now, calendarExists: true));

        Assert.Equal(TimeSpan.FromHours(2), defined.Targets[0].NextReply);
        Assert.Equal("targets", rejected.Field);
    }

    [Fact]
    public void Revising_creates_the_next_version()
    {
        var events = Defined().Revise(Standard with { AtRiskPercent = 80 }, Admin, Now.AddDays(1), calendarExists: true).ToList();

        Assert.Equivalent(
            new[] { new SlaPolicyRevised(PolicyId, 2, "Standard", StandardTargets, 80, CalendarId, TimeZoneSource.Client, Admin.PersonId, Now.AddDays(1)) },
            events,
            strict: true);
        Assert.Equal(2, Given(PolicyEvents().Concat(events)).PolicyVersion);
    }

    [Fact]
    public void Saving_the_same_settings_again_creates_no_version()
    {
        Assert.Empty(Defined().Revise(Standard, Admin, Now.AddDays(1), calendarExists: true));
    }

    [Fact]
    public void Terms_snapshot_the_version_and_move_the_calendar_into_the_clients_zone()
    {
        var revised = Given(PolicyEvents().Append(
            new SlaPolicyRevised(PolicyId, 2, "Standard", StandardTargets, 80, CalendarId, TimeZoneSource.Client, Admin.PersonId, Now)));
        var london = BusinessCalendarTests.OfficeHours("Europe/London");

        var terms = revised.Terms(london, "America/New_York");

        Assert.Equal(new SlaTerms(PolicyId, 2, StandardTargets, 80, BusinessCalendarTests.OfficeHours("America/New_York")), terms);
        Assert.Equal("Europe/London", revised.Terms(london, null).Calendar.TimeZoneId);
    }

    [Fact]
    public void A_policy_that_follows_its_calendar_ignores_the_clients_zone()
    {
        var msp = SlaPolicy.Evolve(null, SlaPolicy.Define(PolicyId, true, Standard with { TimeZoneSource = TimeZoneSource.Calendar }, Admin, Now, calendarExists: true, defaultExists: false))!;

        Assert.Equal("Europe/London", msp.Terms(BusinessCalendarTests.OfficeHours("Europe/London"), "America/New_York").Calendar.TimeZoneId);
    }

    [Fact]
    public void A_policy_counts_in_a_calendar_that_is_defined()
    {
        var defining = AssertRejected(Rejection.NotFound, () => [SlaPolicy.Define(PolicyId, true, Standard, Admin, Now, calendarExists: false, defaultExists: false)]);
        var revising = AssertRejected(Rejection.NotFound, () => Defined().Revise(Standard with { AtRiskPercent = 80 }, Admin, Now, calendarExists: false));

        Assert.Equal(("There is no such business calendar.", "calendarId"), (defining.Message, defining.Field));
        Assert.Equal(("There is no such business calendar.", "calendarId"), (revising.Message, revising.Field));
    }

    [Fact]
    public void There_is_one_default_policy_and_any_number_of_others()
    {
        var second = AssertRejected(Rejection.Conflict, () => [SlaPolicy.Define(PolicyId, isDefault: true, Standard, Admin, Now, calendarExists: true, defaultExists: true)]);

        Assert.Equal("isDefault", second.Field);
        Assert.False(SlaPolicy.Define(PolicyId, isDefault: false, Standard, Admin, Now, calendarExists: true, defaultExists: true).IsDefault);
    }

    private static IEnumerable<object> PolicyEvents() => [SlaPolicy.Define(PolicyId, true, Standard, Admin, Now, calendarExists: true, defaultExists: false)];

    private static SlaPolicy Defined() => Given(PolicyEvents());

    private static SlaPolicy Given(IEnumerable<object> events) => events.Aggregate((SlaPolicy?)null, SlaPolicy.Evolve)!;

    private static CommandRejected AssertRejected(Rejection expected, Func<IEnumerable<object>> decide)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decide().ToList());
        Assert.Equal(expected, rejected.Rejection);
        return rejected;
    }
}
