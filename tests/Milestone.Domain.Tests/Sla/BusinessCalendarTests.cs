namespace Milestone.Domain.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Gmt = TimeSpan.Zero;
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);
    private static readonly TimeSpan Edt = TimeSpan.FromHours(-4);

    [Fact]
    public void Time_within_one_working_day_adds_up_directly()
    {
        var due = OfficeHours("Europe/London").Add(At(2026, 3, 2, 10, Gmt), TimeSpan.FromHours(2));

        Assert.Equal(At(2026, 3, 2, 12, Gmt), due);
    }

    [Fact]
    public void The_night_between_two_working_days_does_not_count()
    {
        var london = OfficeHours("Europe/London");

        Assert.Equal(At(2026, 3, 3, 10, Gmt), london.Add(At(2026, 3, 2, 16, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), london.Between(At(2026, 3, 2, 16, Gmt), At(2026, 3, 3, 10, Gmt)));
    }

    [Fact]
    public void The_weekend_does_not_count()
    {
        var london = OfficeHours("Europe/London");

        Assert.Equal(At(2026, 3, 9, 10, Gmt), london.Add(At(2026, 3, 6, 16, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), london.Between(At(2026, 3, 6, 16, Gmt), At(2026, 3, 9, 10, Gmt)));
    }

    [Fact]
    public void Time_submitted_outside_working_hours_starts_counting_at_the_next_opening()
    {
        var due = OfficeHours("Europe/London").Add(At(2026, 3, 7, 11, Gmt), TimeSpan.FromHours(1));

        Assert.Equal(At(2026, 3, 9, 10, Gmt), due);
    }

    [Fact]
    public void One_business_day_from_mid_afternoon_ends_mid_afternoon_the_next_working_day()
    {
        var due = OfficeHours("Europe/London").Add(At(2026, 3, 6, 14, Gmt), TimeSpan.FromHours(8));

        Assert.Equal(At(2026, 3, 9, 14, Gmt), due);
    }

    [Fact]
    public void A_yearly_holiday_is_skipped_in_every_year()
    {
        var london = OfficeHours("Europe/London") with { Holidays = [new Holiday(new DateOnly(2020, 12, 25), "Christmas Day", RecursYearly: true)] };

        Assert.Equal(At(2026, 12, 28, 10, Gmt), london.Add(At(2026, 12, 24, 16, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), london.Between(At(2026, 12, 24, 16, Gmt), At(2026, 12, 28, 10, Gmt)));
    }

    [Fact]
    public void A_one_off_holiday_is_skipped_only_on_its_date()
    {
        var london = OfficeHours("Europe/London") with { Holidays = [new Holiday(new DateOnly(2026, 3, 3), "Office move", RecursYearly: false)] };

        Assert.Equal(At(2026, 3, 4, 10, Gmt), london.Add(At(2026, 3, 2, 16, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(At(2027, 3, 3, 10, Gmt), london.Add(At(2027, 3, 2, 16, Gmt), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Spring_forward_over_a_weekend_keeps_opening_at_nine_local_time()
    {
        var london = OfficeHours("Europe/London");

        Assert.Equal(At(2026, 3, 30, 10, Bst), london.Add(At(2026, 3, 27, 16, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(At(2026, 3, 30, 9, 0, TimeSpan.Zero), london.Add(At(2026, 3, 27, 16, Gmt), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Fall_back_over_a_weekend_keeps_opening_at_nine_local_time()
    {
        var london = OfficeHours("Europe/London");

        Assert.Equal(At(2026, 10, 26, 10, Gmt), london.Add(At(2026, 10, 23, 16, Bst), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Working_hours_clear_of_the_clock_change_count_in_full_on_both_change_days()
    {
        var london = EveryDay("Europe/London", new TimeOnly(9, 0), new TimeOnly(17, 0));

        Assert.Equal(TimeSpan.FromHours(8), london.Between(At(2026, 3, 29, 0, Gmt), At(2026, 3, 30, 0, Bst)));
        Assert.Equal(TimeSpan.FromHours(8), london.Between(At(2026, 10, 25, 0, Bst), At(2026, 10, 26, 0, Gmt)));
    }

    [Fact]
    public void Working_hours_across_the_spring_gap_count_the_time_that_really_passed()
    {
        var london = EveryDay("Europe/London", TimeOnly.MinValue, new TimeOnly(4, 0));

        Assert.Equal(TimeSpan.FromHours(3), london.Between(At(2026, 3, 29, 0, Gmt), At(2026, 3, 30, 0, Bst)));
        Assert.Equal(At(2026, 3, 29, 4, Bst), london.Add(At(2026, 3, 29, 0, Gmt), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void Working_hours_across_the_autumn_overlap_count_the_repeated_hour()
    {
        var london = EveryDay("Europe/London", TimeOnly.MinValue, new TimeOnly(4, 0));

        Assert.Equal(TimeSpan.FromHours(5), london.Between(At(2026, 10, 25, 0, Bst), At(2026, 10, 26, 0, Gmt)));
        Assert.Equal(At(2026, 10, 25, 4, Gmt), london.Add(At(2026, 10, 25, 0, Bst), TimeSpan.FromHours(5)));
    }

    [Fact]
    public void New_York_changes_its_clocks_on_its_own_dates()
    {
        var newYork = EveryDay("America/New_York", TimeOnly.MinValue, new TimeOnly(4, 0));

        Assert.Equal(TimeSpan.FromHours(3), newYork.Between(At(2026, 3, 8, 0, Est), At(2026, 3, 9, 0, Edt)));
        Assert.Equal(TimeSpan.FromHours(5), newYork.Between(At(2026, 11, 1, 0, Edt), At(2026, 11, 2, 0, Est)));
    }

    [Fact]
    public void A_client_in_another_zone_counts_its_own_office_hours()
    {
        var submitted = At(2026, 3, 2, 14, Gmt);

        Assert.Equal(At(2026, 3, 3, 10, Gmt), OfficeHours("Europe/London").Add(submitted, TimeSpan.FromHours(4)));
        Assert.Equal(At(2026, 3, 2, 13, Est), OfficeHours("America/New_York").Add(submitted, TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Between_the_two_clock_changes_New_York_opens_an_hour_closer_to_London()
    {
        var due = OfficeHours("America/New_York").Add(At(2026, 3, 6, 16, Est), TimeSpan.FromHours(2));

        Assert.Equal(At(2026, 3, 9, 10, Edt), due);
        Assert.Equal(At(2026, 3, 9, 14, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_shift_across_midnight_is_written_as_two_periods_and_counts_without_a_break()
    {
        var nights = new BusinessCalendar(
            "Europe/London",
            [new WorkingPeriod(DayOfWeek.Friday, new TimeOnly(22, 0), TimeOnly.MinValue), new WorkingPeriod(DayOfWeek.Saturday, TimeOnly.MinValue, new TimeOnly(6, 0))],
            []);

        Assert.Equal(At(2026, 3, 7, 1, Gmt), nights.Add(At(2026, 3, 6, 23, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(8), nights.Between(At(2026, 3, 6, 12, Gmt), At(2026, 3, 7, 12, Gmt)));
    }

    [Fact]
    public void Around_the_clock_counts_every_real_hour_even_on_a_clock_change()
    {
        var always = BusinessCalendar.AlwaysOpen("Europe/London");

        Assert.Equal(TimeSpan.FromHours(24), always.Between(At(2026, 3, 29, 0, Gmt), At(2026, 3, 30, 0, TimeSpan.Zero)));
        Assert.Equal(At(2026, 3, 7, 2, Gmt), always.Add(At(2026, 3, 6, 22, Gmt), TimeSpan.FromHours(4)));
        Assert.True(always.HasWorkingTime);
    }

    [Fact]
    public void Around_the_clock_with_holidays_counts_every_real_hour_but_the_holidays()
    {
        var always = BusinessCalendar.AlwaysOpen("Europe/London") with
        {
            Holidays = [new Holiday(new DateOnly(2020, 12, 25), "Christmas Day", RecursYearly: true), new Holiday(new DateOnly(2026, 3, 29), "Spring shutdown", RecursYearly: false)],
        };

        Assert.Equal(At(2026, 12, 26, 4, Gmt), always.Add(At(2026, 12, 24, 20, Gmt), TimeSpan.FromHours(8)));
        Assert.Equal(TimeSpan.FromHours(24), always.Between(At(2026, 12, 24, 12, Gmt), At(2026, 12, 26, 12, Gmt)));
        Assert.Equal(At(2026, 3, 30, 1, Bst), always.Add(At(2026, 3, 28, 23, Gmt), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), always.Between(At(2026, 3, 28, 23, Gmt), At(2026, 3, 30, 1, Bst)));
    }

    [Fact]
    public void Nothing_passes_between_an_instant_and_an_earlier_one()
    {
        Assert.Equal(TimeSpan.Zero, OfficeHours("Europe/London").Between(At(2026, 3, 3, 12, Gmt), At(2026, 3, 2, 12, Gmt)));
    }

    [Fact]
    public void A_calendar_without_working_time_fails_instead_of_looping()
    {
        var closed = new BusinessCalendar("Europe/London", [], []);

        Assert.False(closed.HasWorkingTime);
        Assert.Throws<InvalidOperationException>(() => closed.Add(At(2026, 3, 2, 12, Gmt), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Calendars_with_the_same_rules_are_equal()
    {
        Assert.Equal(OfficeHours("Europe/London"), OfficeHours("Europe/London"));
        Assert.NotEqual(OfficeHours("Europe/London"), OfficeHours("America/New_York"));
    }

    internal static BusinessCalendar OfficeHours(string zone) => new(
        zone,
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingPeriod(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        []);

    private static BusinessCalendar EveryDay(string zone, TimeOnly start, TimeOnly end) =>
        new(zone, [.. Enum.GetValues<DayOfWeek>().Select(day => new WorkingPeriod(day, start, end))], []);

    private static DateTimeOffset At(int year, int month, int day, int hour, TimeSpan offset) => new(year, month, day, hour, 0, 0, offset);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, TimeSpan offset) => new(year, month, day, hour, minute, 0, offset);
}
