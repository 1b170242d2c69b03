using JasperFx.Events;

namespace Milestone.Api.Appointments;

/// <summary>Staff approve a pending request with a technician; the technician's schedule takes the time in the same transaction.</summary>
public sealed record ApproveAppointment(Guid AppointmentId, Guid TechnicianId, Actor Actor) : IActorCommand
{
    public Guid ScheduleId => TechnicianSchedule.IdFor(TechnicianId);
}

public static class ApproveAppointmentHandler
{
    /// <summary>Approvals at once for one technician race for the schedule stream; the ones that lose decide again and find the time taken.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsToASharedStream();

    public static async Task Handle(
        ApproveAppointment command,
        [WriteAggregate] IEventStream<Appointment> appointment,
        [WriteAggregate(nameof(ApproveAppointment.ScheduleId), Required = false)] IEventStream<TechnicianSchedule> schedule,
        IQuerySession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var current = appointment.Aggregate!;
        if (current.IsVisibleTo(command.Actor))
        {
            await session.TechnicianAsync(current.ClientId, command.TechnicianId, cancellation);
        }

        if (current.Approve(schedule.Aggregate ?? TechnicianSchedule.Empty(command.TechnicianId), command.Actor, time.GetUtcNow()) is { } approval)
        {
            appointment.AppendOne(approval.Approved);
            schedule.AppendOne(approval.Booked);
        }
    }
}

public sealed record DeclineAppointment(Guid AppointmentId, string Reason, Actor Actor) : IActorCommand;

public static class DeclineAppointmentHandler
{
    public static Events Handle(DeclineAppointment command, [WriteAggregate] Appointment appointment, TimeProvider time) =>
        [.. appointment.Decline(command.Reason, command.Actor, time.GetUtcNow())];
}
