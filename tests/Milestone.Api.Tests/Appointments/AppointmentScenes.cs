namespace Milestone.Api.Tests.Appointments;

public static class AppointmentScenes
{
    private static readonly BankCalendar LondonDays = new("Europe/London");

    /// <summary>A weekday at least three days after the clock's today that is not Christmas: open in the London office hours.</summary>
    public static DateOnly WorkingDayAhead(this MilestoneApp app)
    {
        var day = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(3);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || (day.Month, day.Day) is (12, 25))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>A wall-clock time of the day in London.</summary>
    public static DateTimeOffset London(DateOnly day, int hour, int minute = 0) => LondonDays.StartOfDay(day).AddHours(hour).AddMinutes(minute);
}
