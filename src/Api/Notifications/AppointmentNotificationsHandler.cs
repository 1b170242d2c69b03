using JasperFx.Events;
using Milestone.Api.Appointments;

namespace Milestone.Api.Notifications;

/// <summary>
/// Follows appointments (<see cref="NotificationRouting.AppointmentQueue"/>, in order per appointment): approved, declined
/// or moved, to whoever asked for it and its technician; e-mailed at once with the appointment as a calendar file.
/// </summary>
public static class AppointmentNotificationsHandler
{
    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<AppointmentApproved> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        NotifyAsync(e, NotificationKind.AppointmentApproved, e.Data.AppointmentId, e.Data.ApprovedBy, reason: null, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<AppointmentDeclined> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        NotifyAsync(e, NotificationKind.AppointmentDeclined, e.Data.AppointmentId, e.Data.DeclinedBy, e.Data.Reason, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<AppointmentRescheduled> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        NotifyAsync(e, NotificationKind.AppointmentRescheduled, e.Data.AppointmentId, e.Data.RescheduledBy, e.Data.Reason, session, time, cancellation);

    private static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> NotifyAsync(
        IEvent e, NotificationKind kind, Guid appointmentId, Guid by, string? reason, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Appointment>(appointmentId, cancellation) is not { } appointment)
        {
            return Notifier.Nobody;
        }

        var client = await session.LoadAsync<ClientOrganisationDetails>(appointment.ClientId, cancellation);
        var technician = appointment.TechnicianId is { } technicianId ? await session.LoadAsync<PersonAccount>(technicianId, cancellation) : null;
        var clientName = client?.Name ?? "the client";
        var calendarFile = kind == NotificationKind.AppointmentDeclined ? null : new[] { AppointmentCalendarFile.For(appointment, clientName, technician?.Name, time.GetUtcNow()) };
        return await Notifier.NotifyAsync(
            session,
            e,
            NotificationAudience.OfAppointment(kind, by, appointment.RequestedBy, kind == NotificationKind.AppointmentDeclined ? null : appointment.TechnicianId),
            _ => NotificationTexts.OfAppointment(kind, appointment, client?.TimeZone ?? "Etc/UTC", technician?.Name, reason),
            appointment.ClientId,
            appointment.RequestId,
            time.GetUtcNow(),
            cancellation,
            calendarFile);
    }
}
