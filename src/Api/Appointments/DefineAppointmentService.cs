namespace Milestone.Api.Appointments;

/// <summary>Add a kind of appointment to the catalogue clients choose from.</summary>
public sealed record DefineAppointmentService([NewId] Guid ServiceId, string Name, int DurationMinutes, Actor Actor) : IActorCommand;

public static class DefineAppointmentServiceHandler
{
    public static IStartStream Handle(DefineAppointmentService command, TimeProvider time) =>
        MartenOps.StartStream<AppointmentService>(
            command.ServiceId, AppointmentService.Define(command.ServiceId, command.Name, command.DurationMinutes, command.Actor, time.GetUtcNow()));
}

public sealed record RetireAppointmentService(Guid ServiceId, Actor Actor) : IActorCommand;

public static class RetireAppointmentServiceHandler
{
    public static Events Handle(RetireAppointmentService command, [WriteAggregate(nameof(RetireAppointmentService.ServiceId))] AppointmentService service, TimeProvider time) =>
        [.. service.Retire(command.Actor, time.GetUtcNow())];
}
