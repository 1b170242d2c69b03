using Milestone.Domain.Sla;

namespace Milestone.Domain.Appointments;

/// <summary>A time an appointment can start, and the technicians free for all of it.</summary>
public sealed record AppointmentSlot(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<Guid> Technicians);

/// <summary>
/// The free slots of a client's day: starts every half hour from the beginning of each stretch of the business
/// calendar's working time that falls in the day (midnight to midnight in the client's zone, so a day the clocks change
/// is 23 or 25 hours), where the whole appointment fits in that stretch, has not begun, and at least one of the
/// technicians has no approved appointment overlapping it.
/// </summary>
public static class AppointmentSlots
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    public static IReadOnlyList<AppointmentSlot> Free(
        BusinessCalendar calendar, string clientTimeZone, DateOnly day, TimeSpan duration, IReadOnlyList<TechnicianSchedule> technicians, DateTimeOffset now)
    {
        var clientDays = new BankCalendar(clientTimeZone);
        var dayStarts = clientDays.StartOfDay(day);
        var dayEnds = clientDays.EndOfDay(day);
        var slots = new List<AppointmentSlot>();
        foreach (var (stretchStart, stretchEnd) in Joined(calendar.WorkingTimeBetween(dayStarts, dayEnds.Add(duration))))
        {
            for (var start = stretchStart; start < dayEnds && start + duration <= stretchEnd; start += Step)
            {
                var end = start + duration;
                if (start <= now)
                {
                    continue;
                }

                var free = technicians.Where(schedule => !schedule.Bookings.Any(booking => booking.Overlaps(start, end))).Select(schedule => schedule.TechnicianId).ToList();
                if (free.Count > 0)
                {
                    slots.Add(new AppointmentSlot(start.ToUniversalTime(), end.ToUniversalTime(), free));
                }
            }
        }

        return slots;
    }

    /// <summary>Working time that runs on past the calendar's midnight is one stretch, so an appointment may span it.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset End)> Joined(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> stretches)
    {
        var joined = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var stretch in stretches)
        {
            if (joined.Count > 0 && joined[^1].End == stretch.Start)
            {
                joined[^1] = (joined[^1].Start, stretch.End);
            }
            else
            {
                joined.Add(stretch);
            }
        }

        return joined;
    }
}
