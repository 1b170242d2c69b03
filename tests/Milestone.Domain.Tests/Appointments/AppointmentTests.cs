using Milestone.Domain.Appointments;
using Milestone.Domain.Sla;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Appointments;

public sealed class AppointmentTests
{
    private static readonly Guid AppointmentId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a991");
    private static readonly Guid Technician = Guid.Parse("0193a1b2-0000-7000-8000-0000000007a1");
    private static readonly AppointmentService OnSite = AppointmentService.Evolve(null, AppointmentService.Define(Guid.NewGuid(), " On-site visit ", 90, Admin, Now))!;
    private static readonly BusinessCalendar Weekdays = new(
        "Europe/London", [.. Enumerable.Range(1, 5).Select(day => new WorkingPeriod((DayOfWeek)day, new TimeOnly(9, 0), new TimeOnly(17, 0)))], []);

    /// <summary>Friday 27 November 2026, 10:00 London (UTC in winter); <see cref="Cast.Now"/> is the Thursday before, 09:00.</summary>
    private static readonly DateTimeOffset Friday10 = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_client_user_asks_for_a_time_in_business_hours_that_has_not_begun_and_the_service_sets_its_length()
    {
        var requested = Appointment.Request(AppointmentId, Acme, OnSite, null, Friday10, Technician, " Bring a spare router ", Weekdays, Member, Now);

        Assert.Equal((Friday10, Friday10.AddMinutes(90), "On-site visit", "Bring a spare router", "APT-0000A991"), (requested.Start, requested.End, requested.ServiceName, requested.Notes, requested.Reference));
        Assert.Equal("start", Refusal(() => Appointment.Request(AppointmentId, Acme, OnSite, null, Friday10.AddHours(6), null, null, Weekdays, Member, Now)).Field);
        Assert.Equal("start", Refusal(() => Appointment.Request(AppointmentId, Acme, OnSite, null, Now.AddHours(-1), null, null, Weekdays, Member, Now)).Field);
        Assert.Equal("start", Refusal(() => Appointment.Request(AppointmentId, Acme, OnSite, null, Friday10, null, null, calendar: null, Member, Now)).Field);
        Assert.Equal(Rejection.NotFound, Refusal(() => Appointment.Request(AppointmentId, Acme, OnSite with { Retired = true }, null, Friday10, null, null, Weekdays, Member, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Appointment.Request(AppointmentId, Acme, OnSite, null, Friday10, null, null, Weekdays, Outsider, Now)).Rejection);
    }

    [Fact]
    public void Approving_books_the_technicians_time_and_a_second_appointment_overlapping_it_is_refused()
    {
        var first = Requested(Friday10);
        var second = Requested(Friday10.AddHours(1)) with { Id = Guid.NewGuid() };
        var schedule = TechnicianSchedule.Empty(Technician);

        var (approved, booked) = first.Approve(schedule, TeamLead, Now)!.Value;
        var taken = TechnicianSchedule.Evolve(schedule, booked)!;

        Assert.Equal((Technician, Friday10), (approved.TechnicianId, approved.Start));
        Assert.Equal(Rejection.Conflict, Refusal(() => second.Approve(taken, TeamLead, Now)).Rejection);
        Assert.Null(Appointment.Evolve(first, approved)!.Approve(taken, TeamLead, Now));
        Assert.Equal(Rejection.Forbidden, Refusal(() => first.Approve(schedule, ClientAdmin, Now)).Rejection);
    }

    [Fact]
    public void A_pending_request_is_edited_or_declined_and_cancelling_an_approved_one_gives_the_technicians_time_back()
    {
        var pending = Requested(Friday10);
        var schedule = TechnicianSchedule.Empty(Technician);
        var (approved, booked) = pending.Approve(schedule, Agent, Now)!.Value;
        var appointment = Appointment.Evolve(pending, approved)!;
        var taken = TechnicianSchedule.Evolve(schedule, booked)!;

        var edited = Assert.IsType<AppointmentEdited>(Assert.Single(pending.Edit(Friday10.AddHours(2), null, "Afternoon is better", Weekdays, Member, Now)));
        var declined = Assert.IsType<AppointmentDeclined>(Assert.Single(pending.Decline("No engineer on site that day", Agent, Now)));
        var (cancelled, released) = appointment.Cancel("Fixed it ourselves", taken, Member, Now)!.Value;

        Assert.Equal((Friday10.AddHours(2), Friday10.AddHours(3.5)), (edited.Start, edited.End));
        Assert.Equal("No engineer on site that day", declined.Reason);
        Assert.Equal(Rejection.Conflict, Refusal(() => appointment.Edit(Friday10.AddHours(2), null, null, Weekdays, Member, Now)).Rejection);
        Assert.Equal("Fixed it ourselves", cancelled.Reason);
        Assert.Empty(TechnicianSchedule.Evolve(taken, Assert.Single(released))!.Bookings);
        Assert.Equal(Rejection.Conflict, Refusal(() => appointment.Cancel(null, taken, Member, Friday10.AddMinutes(1))).Rejection);
        Assert.Null(Appointment.Evolve(appointment, cancelled)!.Cancel(null, taken, Member, Now));
    }

    [Fact]
    public void Staff_move_an_approved_appointment_within_business_hours_keeping_its_technician()
    {
        var pending = Requested(Friday10);
        var (approved, booked) = pending.Approve(TechnicianSchedule.Empty(Technician), Agent, Now)!.Value;
        var appointment = Appointment.Evolve(pending, approved)!;
        var schedule = TechnicianSchedule.Evolve(TechnicianSchedule.Empty(Technician), booked)!;

        var (moved, rebooked) = appointment.Reschedule(Friday10.AddHours(3), "Engineer delayed", Weekdays, schedule, Agent, Now)!.Value;

        Assert.Equal((Technician, Friday10.AddHours(3), Friday10.AddHours(4.5)), (moved.TechnicianId, moved.Start, moved.End));
        Assert.Equal([new Booking(AppointmentId, Friday10.AddHours(3), Friday10.AddHours(4.5))], TechnicianSchedule.Evolve(schedule, rebooked)!.Bookings);
        Assert.Equal("start", Refusal(() => appointment.Reschedule(Friday10.AddHours(7), "Late", Weekdays, schedule, Agent, Now)).Field);
        Assert.Equal(Rejection.Conflict, Refusal(() => pending.Reschedule(Friday10.AddHours(3), "Late", Weekdays, schedule, Agent, Now)).Rejection);
    }

    private static Appointment Requested(DateTimeOffset start) =>
        Appointment.Evolve(null, Appointment.Request(AppointmentId, Acme, OnSite, null, start, null, null, Weekdays, Member, Now))!;

    private static CommandRejected Refusal(Func<object?> decide) =>
        Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);
}
