using Milestone.Domain.Appointments;
using Milestone.Domain.Sla;

namespace Milestone.Domain.Tests.Appointments;

/// <summary>
/// A hand-worked week: the MSP works 09:00–17:00 Monday to Friday in London, with Wednesday 28 October 2026 a holiday;
/// the client is in New York. London left summer time on 25 October, New York leaves it on 1 November, so that week
/// London's 09:00 is New York's 05:00, and from 2 November New York's 04:00. Hour-long appointments.
/// </summary>
public sealed class AppointmentSlotsTests
{
    private const string NewYork = "America/New_York";
    private static readonly Guid Alice = Guid.Parse("0193a1b2-0000-7000-8000-0000000007a1");
    private static readonly Guid Bob = Guid.Parse("0193a1b2-0000-7000-8000-0000000007b0");
    private static readonly DateTimeOffset Now = new(2026, 10, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static readonly BusinessCalendar London = new(
        "Europe/London",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(day => new WorkingPeriod(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        [new Holiday(new DateOnly(2026, 10, 28), "Company day", RecursYearly: false)]);

    [Fact]
    public void A_working_day_offers_every_half_hour_the_appointment_fits_in_shown_in_the_clients_zone()
    {
        var slots = AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 30), Hour, [Free(Alice)], Now);

        Assert.Equal(15, slots.Count);
        Assert.Equal((At(10, 30, 9, 0), At(10, 30, 10, 0)), (slots[0].Start, slots[0].End));
        Assert.Equal(At(10, 30, 16, 0), slots[^1].Start);
        Assert.Equal(new DateTime(2026, 10, 30, 5, 0, 0), TimeZoneInfo.ConvertTime(slots[0].Start, TimeZoneInfo.FindSystemTimeZoneById(NewYork)).DateTime);
    }

    [Fact]
    public void After_new_york_leaves_summer_time_the_same_london_hours_start_an_hour_earlier_there()
    {
        var slots = AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 11, 2), Hour, [Free(Alice)], Now);

        Assert.Equal((15, At(11, 2, 9, 0)), (slots.Count, slots[0].Start));
        Assert.Equal(new DateTime(2026, 11, 2, 4, 0, 0), TimeZoneInfo.ConvertTime(slots[0].Start, TimeZoneInfo.FindSystemTimeZoneById(NewYork)).DateTime);
    }

    [Fact]
    public void A_holiday_and_a_weekend_day_have_no_slots_and_neither_has_the_past()
    {
        Assert.Empty(AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 28), Hour, [Free(Alice)], Now));
        Assert.Empty(AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 31), Hour, [Free(Alice)], Now));
        Assert.Equal(At(10, 26, 12, 30), AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 26), Hour, [Free(Alice)], Now)[0].Start);
    }

    [Fact]
    public void A_technicians_approved_appointment_takes_the_slots_it_overlaps_and_another_technician_keeps_them_open()
    {
        var alice = Free(Alice) with { Bookings = [new Booking(Guid.NewGuid(), At(10, 30, 10, 0), At(10, 30, 11, 0))] };

        var aliceOnly = AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 30), Hour, [alice], Now);
        var both = AppointmentSlots.Free(London, NewYork, new DateOnly(2026, 10, 30), Hour, [alice, Free(Bob)], Now);

        Assert.Equal(12, aliceOnly.Count);
        Assert.DoesNotContain(aliceOnly, slot => slot.Start == At(10, 30, 9, 30) || slot.Start == At(10, 30, 10, 0) || slot.Start == At(10, 30, 10, 30));
        Assert.Equal(15, both.Count);
        Assert.Equal([Bob], both.Single(slot => slot.Start == At(10, 30, 10, 0)).Technicians);
    }

    [Fact]
    public void The_day_new_york_leaves_summer_time_has_twenty_five_hours_of_slots_when_the_desk_never_closes()
    {
        var slots = AppointmentSlots.Free(BusinessCalendar.AlwaysOpen("Europe/London"), NewYork, new DateOnly(2026, 11, 1), Hour, [Free(Alice)], Now);

        Assert.Equal(50, slots.Count);
        Assert.Equal((At(11, 1, 4, 0), At(11, 2, 4, 30)), (slots[0].Start, slots[^1].Start));
    }

    private static TechnicianSchedule Free(Guid technician) => TechnicianSchedule.Empty(technician);

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);
}
