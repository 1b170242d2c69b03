using Microsoft.Extensions.Time.Testing;

namespace Milestone.Api.Tests.Infrastructure;

public static class Calendar
{
    /// <summary>
    /// Moves the clock on to a Monday 08:00 UTC (staying put if it is one already) and returns that
    /// Monday's midnight, so a test that counts business hours starts at the same point of a week
    /// whatever the tests before it did with the shared clock.
    /// </summary>
    public static DateTimeOffset AdvanceToMondayMorning(this FakeTimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var monday = now.Date.AddDays(((int)DayOfWeek.Monday - (int)now.DayOfWeek + 7) % 7);
        var morning = new DateTimeOffset(monday.AddHours(8), TimeSpan.Zero);
        if (morning < now)
        {
            morning = morning.AddDays(7);
        }

        clock.SetUtcNow(morning);
        return morning.AddHours(-8);
    }
}
