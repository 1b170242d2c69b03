namespace Milestone.Domain.Appointments;

/// <summary>A stretch of a technician's time taken by an approved appointment, end exclusive.</summary>
public sealed record Booking(Guid AppointmentId, DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}

/// <summary>
/// One technician's approved appointments, one stream per technician: every approval or move appends to it under its
/// version, so two approvals of overlapping times for one technician cannot both commit — the one that loses decides
/// again on the schedule as it now stands, and finds the time taken.
/// </summary>
public sealed record TechnicianSchedule(Guid Id, Guid TechnicianId)
{
    public ImmutableList<Booking> Bookings { get; init; } = [];

    public int Version { get; set; }

    public static Guid IdFor(Guid technicianId) => NameBasedGuid.Create(technicianId, "appointment schedule");

    public static TechnicianSchedule Empty(Guid technicianId) => new(IdFor(technicianId), technicianId);

    public static TechnicianSchedule? Evolve(TechnicianSchedule? state, object @event) => @event switch
    {
        TechnicianBooked booked => (state ?? Empty(booked.TechnicianId)) with
        {
            Bookings = [.. (state?.Bookings ?? []).Where(booking => booking.AppointmentId != booked.AppointmentId), new Booking(booked.AppointmentId, booked.Start, booked.End)],
        },
        TechnicianReleased released => state! with { Bookings = state.Bookings.RemoveAll(booking => booking.AppointmentId == released.AppointmentId) },
        _ => state,
    };

    /// <summary>Takes the time for the appointment (moving it if it held another); refused when another appointment holds any of it.</summary>
    public TechnicianBooked Book(Guid appointmentId, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now) =>
        Bookings.Any(booking => booking.AppointmentId != appointmentId && booking.Overlaps(start, end))
            ? throw new CommandRejected(Rejection.Conflict, "The technician has another appointment at that time.", "technicianId")
            : new TechnicianBooked(Id, TechnicianId, appointmentId, start, end, now);

    public IEnumerable<TechnicianReleased> Release(Guid appointmentId, DateTimeOffset now) =>
        Bookings.Any(booking => booking.AppointmentId == appointmentId) ? [new TechnicianReleased(Id, TechnicianId, appointmentId, now)] : [];
}
