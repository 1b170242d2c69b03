using JasperFx.Events;

namespace Milestone.Api.Appointments;

/// <summary>Staff move an approved appointment to another time with the same technician, whose schedule must have it free.</summary>
public sealed record RescheduleAppointment(Guid AppointmentId, DateTimeOffset Start, string Reason, Actor Actor) : IActorCommand;

public static class RescheduleAppointmentHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsToASharedStream();

    public static async Task Handle(
        RescheduleAppointment command, [WriteAggregate] IEventStream<Appointment> appointment, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var current = appointment.Aggregate!;
        var schedule = await AppointmentSchedules.ScheduleOfAsync(current, session, cancellation);
        var calendar = await session.AppointmentCalendarAsync(current.ClientId, cancellation);
        var emptySchedule = TechnicianSchedule.Empty(current.TechnicianId ?? Guid.Empty);
        if (current.Reschedule(command.Start, command.Reason, calendar, schedule?.Aggregate ?? emptySchedule, command.Actor, time.GetUtcNow()) is { } move)
        {
            appointment.AppendOne(move.Moved);
            schedule!.AppendOne(move.Booked);
        }
    }
}

/// <summary>The client or staff call an appointment off before it starts; an approved one's time goes back to its technician.</summary>
public sealed record CancelAppointment(Guid AppointmentId, string? Reason, Actor Actor) : IActorCommand;

public static class CancelAppointmentHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsToASharedStream();

    public static async Task Handle(
        CancelAppointment command, [WriteAggregate] IEventStream<Appointment> appointment, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var current = appointment.Aggregate!;
        var schedule = await AppointmentSchedules.ScheduleOfAsync(current, session, cancellation);
        if (current.Cancel(command.Reason, schedule?.Aggregate, command.Actor, time.GetUtcNow()) is { } calledOff)
        {
            appointment.AppendOne(calledOff.Cancelled);
            schedule?.AppendMany(calledOff.Released);
        }
    }
}

internal static class AppointmentSchedules
{
    /// <summary>The schedule of the appointment's technician, for writing; null before one is named. Known only once the appointment is loaded.</summary>
    public static async Task<IEventStream<TechnicianSchedule>?> ScheduleOfAsync(Appointment appointment, IDocumentSession session, CancellationToken cancellation) =>
        appointment.TechnicianId is { } technician ? await session.Events.FetchForWriting<TechnicianSchedule>(TechnicianSchedule.IdFor(technician), cancellation) : null;
}
