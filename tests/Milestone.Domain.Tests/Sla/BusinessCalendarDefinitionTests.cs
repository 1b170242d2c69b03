
namespace Milestone.Domain.Tests.Sla;

public sealed class BusinessCalendarDefinitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid CalendarId = Guid.Parse("0193a1b2-0000-7000-8000-0000000005c1");
    private static readonly BusinessCalendar London = BusinessCalendarTests.OfficeHours("Europe/London");

    [Fact]
    public void An_admin_defines_a_calendar_in_canonical_order()
    {
        var shuffled = London with { WorkingPeriods = London.WorkingPeriods.Reverse().ToList() };

        var defined = BusinessCalendarDefinition.Define(CalendarId, " UK office ", shuffled, Admin, Now);

        Assert.Equal(new BusinessCalendarDefined(CalendarId, "UK office", London, Admin.PersonId, Now), defined);
        Assert.Equal(London.WorkingPeriods, defined.Calendar.WorkingPeriods);
    }

    [Fact]
    public void Only_an_admin_defines_calendars()
    {
        AssertRejected(Rejection.Forbidden, null, () => [BusinessCalendarDefinition.Define(CalendarId, "UK office", London, Agent, Now)]);
    }

    [Fact]
    public void The_zone_must_be_an_iana_zone()
    {
        AssertRejected(Rejection.Invalid, "timeZoneId", () => [BusinessCalendarDefinition.Define(CalendarId, "UK", London with { TimeZoneId = "GMT Standard Time" }, Admin, Now)]);
    }

    [Fact]
    public void A_period_must_end_after_it_starts_unless_it_ends_at_midnight()
    {
        var backwards = London with { WorkingPeriods = [new WorkingPeriod(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))] };
        var evening = London with { WorkingPeriods = [new WorkingPeriod(DayOfWeek.Monday, new TimeOnly(17, 0), TimeOnly.MinValue)] };

        AssertRejected(Rejection.Invalid, "workingPeriods", () => [BusinessCalendarDefinition.Define(CalendarId, "UK", backwards, Admin, Now)]);
        Assert.Equal(evening, BusinessCalendarDefinition.Define(CalendarId, "UK", evening, Admin, Now).Calendar);
    }

    [Fact]
    public void Periods_on_one_day_must_not_overlap()
    {
        var overlapping = London with
        {
            WorkingPeriods = [.. London.WorkingPeriods, new WorkingPeriod(DayOfWeek.Wednesday, new TimeOnly(16, 0), new TimeOnly(18, 0))],
        };

        AssertRejected(Rejection.Invalid, "workingPeriods", () => [BusinessCalendarDefinition.Define(CalendarId, "UK", overlapping, Admin, Now)]);
    }

    [Fact]
    public void A_calendar_needs_working_time_unless_it_is_open_around_the_clock()
    {
        AssertRejected(Rejection.Invalid, "workingPeriods", () => [BusinessCalendarDefinition.Define(CalendarId, "Closed", London with { WorkingPeriods = [] }, Admin, Now)]);
        Assert.True(BusinessCalendarDefinition.Define(CalendarId, "24×7", BusinessCalendar.AlwaysOpen("UTC"), Admin, Now).Calendar.IsAlwaysOpen);
    }

    [Fact]
    public void A_24x7_calendar_has_no_working_periods()
    {
        var mixed = BusinessCalendar.AlwaysOpen("UTC") with { WorkingPeriods = London.WorkingPeriods };

        AssertRejected(Rejection.Invalid, "workingPeriods", () => [BusinessCalendarDefinition.Define(CalendarId, "24×7", mixed, Admin, Now)]);
    }

    [Fact]
    public void Revising_creates_the_next_version_and_the_same_calendar_again_changes_nothing()
    {
        var definition = Given(BusinessCalendarDefinition.Define(CalendarId, "UK office", London, Admin, Now));
        var withChristmas = London with { Holidays = [new Holiday(new DateOnly(2026, 12, 25), "Christmas Day", true)] };

        var events = definition.Revise("UK office", withChristmas, Admin, Now.AddDays(1)).ToList();

        Assert.Equal([new BusinessCalendarRevised(CalendarId, 2, "UK office", withChristmas, Admin.PersonId, Now.AddDays(1))], events);
        Assert.Empty(definition.Revise("UK office", London, Admin, Now.AddDays(1)));
        Assert.Equal(2, Given([.. new object[] { BusinessCalendarDefinition.Define(CalendarId, "UK office", London, Admin, Now) }, .. events]).CalendarVersion);
    }

    private static BusinessCalendarDefinition Given(params object[] events) => events.Aggregate((BusinessCalendarDefinition?)null, BusinessCalendarDefinition.Evolve)!;

    [Fact]
    public void A_written_calendar_is_read_as_times_of_day_and_dates()
    {
        var written = new WrittenCalendar(" Europe/London ", AlwaysOpen: false, [new WrittenWorkingPeriod(DayOfWeek.Monday, "09:00", "17:30")], [new WrittenHoliday("2026-12-25", "Christmas Day", RecursYearly: true)]);

        var defined = BusinessCalendarDefinition.Define(CalendarId, "UK office", written, Admin, Now);

        Assert.Equal(
            new BusinessCalendar("Europe/London", [new WorkingPeriod(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 30))], [new Holiday(new DateOnly(2026, 12, 25), "Christmas Day", true)]),
            defined.Calendar);
    }

    [Theory]
    [InlineData("9am", "17:00", "2026-12-25", "workingHours.start")]
    [InlineData("09:00", "5pm", "2026-12-25", "workingHours.end")]
    [InlineData("09:00", "17:00", "25/12/2026", "holidays.date")]
    public void Text_that_is_not_a_time_or_a_date_is_refused_naming_the_field_as_written(string start, string end, string date, string field)
    {
        var written = new WrittenCalendar("Europe/London", AlwaysOpen: false, [new WrittenWorkingPeriod(DayOfWeek.Monday, start, end)], [new WrittenHoliday(date, "Christmas Day", RecursYearly: true)]);

        AssertRejected(Rejection.Invalid, field, () => [BusinessCalendarDefinition.Define(CalendarId, "UK", written, Admin, Now)]);
        AssertRejected(Rejection.Invalid, field, () => Given(BusinessCalendarDefinition.Define(CalendarId, "UK office", London, Admin, Now)).Revise("UK", written, Admin, Now));
    }

    [Fact]
    public void A_calendar_has_at_most_70_working_periods_and_500_holidays()
    {
        var crowded = London with
        {
            WorkingPeriods = [.. Enumerable.Range(0, 71).Select(minute => new WorkingPeriod(DayOfWeek.Monday, new TimeOnly(0, minute % 60).AddHours(minute / 60), new TimeOnly(0, minute % 60).AddHours(minute / 60).AddMinutes(1)))],
        };
        var festive = London with { Holidays = [.. Enumerable.Range(0, 501).Select(day => new Holiday(new DateOnly(2026, 1, 1).AddDays(day), "Holiday", false))] };

        AssertRejected(Rejection.Invalid, "workingPeriods", () => [BusinessCalendarDefinition.Define(CalendarId, "Crowded", crowded, Admin, Now)]);
        AssertRejected(Rejection.Invalid, "holidays", () => [BusinessCalendarDefinition.Define(CalendarId, "Festive", festive, Admin, Now)]);
    }

    private static void AssertRejected(Rejection expected, string? field, Func<IEnumerable<object>> decide)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decide().ToList());
        Assert.Equal(expected, rejected.Rejection);
        Assert.Equal(field, rejected.Field);
    }
}
