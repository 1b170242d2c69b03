namespace Milestone.Api.Appointments;

/// <summary>The client changes a pending request: another free time, technician or notes.</summary>
public sealed record EditAppointment(Guid AppointmentId, DateTimeOffset Start, Guid? PreferredTechnicianId, string? Notes, Actor Actor) : IActorCommand;

public static class EditAppointmentHandler
{
    public static async Task<Events> Handle(
        EditAppointment command, [WriteAggregate] Appointment appointment, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        if (command.PreferredTechnicianId is { } preferred && appointment.IsVisibleTo(command.Actor))
        {
            await session.TechnicianAsync(appointment.ClientId, preferred, cancellation);
        }

        var calendar = await session.AppointmentCalendarAsync(appointment.ClientId, cancellation);
        return [.. appointment.Edit(command.Start, command.PreferredTechnicianId, command.Notes, calendar, command.Actor, time.GetUtcNow())];
    }
}
