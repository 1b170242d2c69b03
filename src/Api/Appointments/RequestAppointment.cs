namespace Milestone.Api.Appointments;

/// <summary>
/// A client user asks for an appointment: a service, optionally for one of their requests, at a free slot, optionally
/// with a preferred technician. Staff asking on a client's behalf name the client.
/// </summary>
public sealed record RequestAppointment(
    [NewId] Guid AppointmentId, Guid? ClientId, Guid ServiceId, Guid? RequestId, DateTimeOffset Start, Guid? PreferredTechnicianId, string? Notes, Actor Actor) : IActorCommand
{
    public Guid ForClient => ClientId ?? Actor.ClientId ?? Guid.Empty;
}

public static class RequestAppointmentHandler
{
    public static async Task<IStartStream> Handle(RequestAppointment command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var clientId = command.ForClient;
        if (command.RequestId is { } requestId && (await session.LoadAsync<RequestDetails>(requestId, cancellation))?.ClientId != clientId)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such request.", "requestId");
        }

        if (command.PreferredTechnicianId is { } preferred && command.Actor.WorksWith(clientId))
        {
            await session.TechnicianAsync(clientId, preferred, cancellation);
        }

        var requested = Appointment.Request(
            command.AppointmentId,
            clientId,
            await session.LoadAsync<AppointmentService>(command.ServiceId, cancellation),
            command.RequestId,
            command.Start,
            command.PreferredTechnicianId,
            command.Notes,
            await session.AppointmentCalendarAsync(clientId, cancellation),
            command.Actor,
            time.GetUtcNow());
        return MartenOps.StartStream<Appointment>(command.AppointmentId, requested);
    }
}
