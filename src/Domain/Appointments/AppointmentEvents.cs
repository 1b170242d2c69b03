namespace Milestone.Domain.Appointments;

/// <summary>A client user asked for an appointment at a free slot. Starts the stream.</summary>
public sealed record AppointmentRequested(
    Guid AppointmentId,
    string Reference,
    Guid ClientId,
    Guid ServiceId,
    string ServiceName,
    Guid? RequestId,
    DateTimeOffset Start,
    DateTimeOffset End,
    Guid? PreferredTechnicianId,
    string Notes,
    Guid RequestedBy,
    DateTimeOffset RequestedAt);

/// <summary>The client changed a pending request: another time, technician or notes.</summary>
public sealed record AppointmentEdited(
    Guid AppointmentId, Guid ClientId, DateTimeOffset Start, DateTimeOffset End, Guid? PreferredTechnicianId, string Notes, Guid EditedBy, DateTimeOffset EditedAt);

/// <summary>Staff approved it with a technician, whose schedule took the slot in the same transaction.</summary>
public sealed record AppointmentApproved(
    Guid AppointmentId, Guid ClientId, Guid TechnicianId, DateTimeOffset Start, DateTimeOffset End, Guid ApprovedBy, DateTimeOffset ApprovedAt);

public sealed record AppointmentDeclined(Guid AppointmentId, Guid ClientId, string Reason, Guid DeclinedBy, DateTimeOffset DeclinedAt);

/// <summary>Staff moved an approved appointment to another time, with the same technician; the client is told.</summary>
public sealed record AppointmentRescheduled(
    Guid AppointmentId, Guid ClientId, Guid TechnicianId, DateTimeOffset Start, DateTimeOffset End, string Reason, Guid RescheduledBy, DateTimeOffset RescheduledAt);

/// <summary>Called off before it started, by the client or staff; it cannot be undone. A technician's slot is freed.</summary>
public sealed record AppointmentCancelled(Guid AppointmentId, Guid ClientId, string? Reason, Guid CancelledBy, DateTimeOffset CancelledAt);

/// <summary>A technician's schedule took an appointment's time. On the technician's schedule stream.</summary>
public sealed record TechnicianBooked(Guid ScheduleId, Guid TechnicianId, Guid AppointmentId, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset At);

/// <summary>A technician's schedule gave an appointment's time back (cancelled, or moved to a new time booked after it).</summary>
public sealed record TechnicianReleased(Guid ScheduleId, Guid TechnicianId, Guid AppointmentId, DateTimeOffset At);
