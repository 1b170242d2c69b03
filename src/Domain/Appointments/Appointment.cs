using Milestone.Domain.Organisations;
using Milestone.Domain.Sla;

namespace Milestone.Domain.Appointments;

public enum AppointmentStatus
{
    Pending,
    Approved,
    Declined,
    Cancelled,
}

/// <summary>
/// One appointment, one stream: requested by a client user at a free slot in the MSP's business hours, then approved
/// with a technician, declined with a reason, or cancelled; staff may move an approved one. Only working time of the
/// business calendar can be booked, and only in the future.
/// </summary>
public sealed record Appointment(
    Guid Id,
    string Reference,
    Guid ClientId,
    Guid ServiceId,
    string ServiceName,
    Guid? RequestId,
    Guid RequestedBy,
    DateTimeOffset RequestedAt)
{
    public const int NotesMaxLength = 2_000;

    /// <summary>How far ahead an appointment may be booked.</summary>
    public static readonly TimeSpan BookingHorizon = TimeSpan.FromDays(366);

    public AppointmentStatus Status { get; init; } = AppointmentStatus.Pending;

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    public Guid? PreferredTechnicianId { get; init; }

    public Guid? TechnicianId { get; init; }

    public string Notes { get; init; } = string.Empty;

    public string? DeclineReason { get; init; }

    public int Version { get; set; }

    /// <summary>A reference people can read out on the phone: APT- and the first eight hex digits of the id.</summary>
    public static string ReferenceFor(Guid appointmentId) => $"APT-{appointmentId.ToString("N")[^8..].ToUpperInvariant()}";

    public static Appointment? Evolve(Appointment? state, object @event) => @event switch
    {
        AppointmentRequested requested => new Appointment(
            requested.AppointmentId, requested.Reference, requested.ClientId, requested.ServiceId, requested.ServiceName, requested.RequestId, requested.RequestedBy, requested.RequestedAt)
        {
            Start = requested.Start,
            End = requested.End,
            PreferredTechnicianId = requested.PreferredTechnicianId,
            Notes = requested.Notes,
        },
        AppointmentEdited edited => state! with { Start = edited.Start, End = edited.End, PreferredTechnicianId = edited.PreferredTechnicianId, Notes = edited.Notes },
        AppointmentApproved approved => state! with { Status = AppointmentStatus.Approved, TechnicianId = approved.TechnicianId, Start = approved.Start, End = approved.End },
        AppointmentDeclined declined => state! with { Status = AppointmentStatus.Declined, DeclineReason = declined.Reason },
        AppointmentRescheduled moved => state! with { Start = moved.Start, End = moved.End },
        AppointmentCancelled => state! with { Status = AppointmentStatus.Cancelled },
        _ => state,
    };

    /// <summary>
    /// A client user asks for their own organisation (staff may ask on a client's behalf), for a service still offered,
    /// at a time that is all working time of <paramref name="calendar"/> and not yet begun.
    /// </summary>
    public static AppointmentRequested Request(
        Guid appointmentId,
        Guid clientId,
        AppointmentService? service,
        Guid? requestId,
        DateTimeOffset start,
        Guid? preferredTechnicianId,
        string? notes,
        BusinessCalendar? calendar,
        Actor actor,
        DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (service is null || service.Retired)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such service.", "serviceId");
        }

        RequireWithinHorizon(start, now);
        var end = start.AddMinutes(service.DurationMinutes);
        RequireBookable(start, end, calendar, now);
        return new AppointmentRequested(
            appointmentId, ReferenceFor(appointmentId), clientId, service.Id, service.Name, requestId, start.ToUniversalTime(), end.ToUniversalTime(), preferredTechnicianId, Text(notes), actor.PersonId, now);
    }

    /// <summary>The client may change a pending request; once answered it no longer changes this way.</summary>
    public IEnumerable<object> Edit(DateTimeOffset start, Guid? preferredTechnicianId, string? notes, BusinessCalendar? calendar, Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (Status != AppointmentStatus.Pending)
        {
            throw new CommandRejected(Rejection.Conflict, $"A {Status.ToString().ToLowerInvariant()} appointment is not edited; cancel it or ask staff to move it.");
        }

        RequireWithinHorizon(start, now);
        var end = start + (End - Start);
        var text = Text(notes);
        if ((start, preferredTechnicianId, text) == (Start, PreferredTechnicianId, Notes))
        {
            return [];
        }

        RequireBookable(start, end, calendar, now);
        return [new AppointmentEdited(Id, ClientId, start.ToUniversalTime(), end.ToUniversalTime(), preferredTechnicianId, text, actor.PersonId, now)];
    }

    /// <summary>Staff approve a pending request with a technician whose schedule has the time free; approving again changes nothing.</summary>
    public (AppointmentApproved Approved, TechnicianBooked Booked)? Approve(TechnicianSchedule schedule, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, "approve appointments");
        if (Status == AppointmentStatus.Approved && TechnicianId == schedule.TechnicianId)
        {
            return null;
        }

        RequirePending();
        if (Start <= now)
        {
            throw new CommandRejected(Rejection.Conflict, "The requested time has passed; ask the client for another.");
        }

        return (new AppointmentApproved(Id, ClientId, schedule.TechnicianId, Start, End, actor.PersonId, now), schedule.Book(Id, Start, End, now));
    }

    public IEnumerable<object> Decline(string reason, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, "decline appointments");
        if (Status == AppointmentStatus.Declined)
        {
            return [];
        }

        RequirePending();
        RequestRules.RequireReason(reason);
        return [new AppointmentDeclined(Id, ClientId, reason.Trim(), actor.PersonId, now)];
    }

    /// <summary>Staff move an approved appointment to another bookable time, with the same technician, whose schedule must have it free.</summary>
    public (AppointmentRescheduled Moved, TechnicianBooked Booked)? Reschedule(
        DateTimeOffset start, string reason, BusinessCalendar? calendar, TechnicianSchedule schedule, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, "move appointments");
        if (Status != AppointmentStatus.Approved)
        {
            throw new CommandRejected(Rejection.Conflict, "Only an approved appointment is moved; a pending one is answered.");
        }

        if (start == Start)
        {
            return null;
        }

        RequireWithinHorizon(start, now);
        var end = start + (End - Start);
        RequireBookable(start, end, calendar, now);
        RequestRules.RequireReason(reason);
        return (new AppointmentRescheduled(Id, ClientId, TechnicianId!.Value, start.ToUniversalTime(), end.ToUniversalTime(), reason.Trim(), actor.PersonId, now),
            schedule.Book(Id, start.ToUniversalTime(), end.ToUniversalTime(), now));
    }

    /// <summary>The client or staff call it off before it starts; the technician's time is given back. It cannot be undone.</summary>
    public (AppointmentCancelled Cancelled, IEnumerable<TechnicianReleased> Released)? Cancel(string? reason, TechnicianSchedule? schedule, Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (Status == AppointmentStatus.Cancelled)
        {
            return null;
        }

        if (Status == AppointmentStatus.Declined || Start <= now)
        {
            throw new CommandRejected(Rejection.Conflict, Status == AppointmentStatus.Declined ? "A declined appointment has nothing to cancel." : "The appointment has begun; it can no longer be cancelled.");
        }

        var text = reason?.Trim();
        if (text is { Length: > RequestRules.ReasonMaxLength })
        {
            throw new CommandRejected(Rejection.Invalid, $"A reason is at most {RequestRules.ReasonMaxLength} characters.", "reason");
        }

        return (new AppointmentCancelled(Id, ClientId, string.IsNullOrEmpty(text) ? null : text, actor.PersonId, now), schedule?.Release(Id, now) ?? []);
    }

    /// <summary>The client's own people and the staff who work with the client; to everyone else it is not there.</summary>
    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId);

    public static CommandRejected NoSuchAppointment() => new(Rejection.NotFound, "There is no such appointment.", "appointmentId");

    /// <summary>Also keeps a start near the end of time from overflowing when its end is worked out.</summary>
    public static void RequireWithinHorizon(DateTimeOffset start, DateTimeOffset now)
    {
        if (start > now + BookingHorizon)
        {
            throw new CommandRejected(Rejection.Invalid, "Book at most a year ahead.", "start");
        }
    }

    /// <summary>The days slots are offered for: from yesterday (a client west of UTC may still be in it) to a year ahead.</summary>
    public static void RequireSlotDay(DateOnly day, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (day < today.AddDays(-1) || day > today.AddDays(BookingHorizon.Days))
        {
            throw new CommandRejected(Rejection.Invalid, "Ask for a day from today to a year ahead.", "date");
        }
    }

    private static void RequireBookable(DateTimeOffset start, DateTimeOffset end, BusinessCalendar? calendar, DateTimeOffset now)
    {
        if (start <= now)
        {
            throw new CommandRejected(Rejection.Invalid, "Choose a time that has not begun.", "start");
        }

        if (calendar is null || calendar.Between(start, end) != end - start)
        {
            throw new CommandRejected(Rejection.Invalid, "Choose a time within the business hours; appointmentSlots lists the free ones.", "start");
        }
    }

    private static string Text(string? notes)
    {
        var text = notes?.Trim() ?? string.Empty;
        return text.Length <= NotesMaxLength ? text : throw new CommandRejected(Rejection.Invalid, $"Notes are at most {NotesMaxLength} characters.", "notes");
    }

    private void RequirePending()
    {
        if (Status != AppointmentStatus.Pending)
        {
            throw new CommandRejected(Rejection.Conflict, $"The appointment is {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchAppointment();
        }
    }

    private void RequireStaff(Actor actor, string what)
    {
        RequireVisibleTo(actor);
        if (actor.Role is not (Role.Admin or Role.TeamLead or Role.Agent or Role.AccountManager))
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only delivery staff {what}.");
        }
    }
}
