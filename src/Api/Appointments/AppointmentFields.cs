namespace Milestone.Api.Appointments;

/// <summary>Appointments (issue #25): the catalogue of services, free slots, requests and staff's answers.</summary>
public static class AppointmentFields
{
    public const int MaxListed = 200;

    public static void AddAppointmentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentServiceType>>>>("appointmentServices").ListSize(20)
            .Description("The kinds of appointment clients may ask for, by name; staff may list retired ones too.")
            .Argument<BooleanGraphType>("includeRetired", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var withRetired = context.GetArgument<bool>("includeRetired") && context.Caller().IsStaff;
                await using var session = context.OpenQuerySession();
                var services = await session.Query<AppointmentService>().ToListAsync(context.CancellationToken);
                return services.Where(service => withRetired || !service.Retired).OrderBy(service => service.Name, StringComparer.Ordinal).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentSlotType>>>>("appointmentSlots").ListSize(50)
            .Description("The free times on a day (in the client's time zone) for a service: within the business hours of the client's SLA calendar, "
                + "not yet begun, with the technicians free for all of it (only the one named, if any). Empty when no business calendar applies.")
            .Argument<IdGraphType>("clientId", argument => argument.Description = "Staff name the client; a client user's own by default.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Argument<IdGraphType>("technicianId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string?>("clientId") ?? caller.ClientId?.ToString());
                Appointment.RequireSlotDay(context.GetArgument<DateOnly>("date"), context.Now());
                await using var session = context.OpenQuerySession();
                var service = Guid.TryParse(context.GetArgument<string>("serviceId"), out var serviceId)
                    && await session.LoadAsync<AppointmentService>(serviceId, context.CancellationToken) is { Retired: false } found
                        ? found
                        : throw Refusals.NotFound("service");
                var client = await session.LoadAsync<ClientOrganisationDetails>(clientId, context.CancellationToken);
                if (await session.AppointmentCalendarAsync(clientId, context.CancellationToken) is not { } calendar || client is null)
                {
                    return new List<OpenSlot>();
                }

                var technicians = await session.TechniciansAsync(clientId, context.CancellationToken);
                var wanted = context.GetArgument<string?>("technicianId") is { } named
                    ? technicians.Where(person => person.Id.ToString() == named).ToList()
                    : technicians;
                var schedules = await session.LoadManyAsync<TechnicianSchedule>(context.CancellationToken, wanted.Select(person => TechnicianSchedule.IdFor(person.Id)));
                var known = schedules.ToDictionary(schedule => schedule.TechnicianId);
                var slots = AppointmentSlots.Free(
                    calendar,
                    client.TimeZone,
                    context.GetArgument<DateOnly>("date"),
                    TimeSpan.FromMinutes(service.DurationMinutes),
                    [.. wanted.Select(person => known.GetValueOrDefault(person.Id) ?? TechnicianSchedule.Empty(person.Id))],
                    context.Now());
                var names = wanted.ToDictionary(person => person.Id, person => person.Name);
                return slots.Select(slot => new OpenSlot(slot.Start, slot.End, [.. slot.Technicians.Select(id => new Technician(id, names[id]))])).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("appointments").ListSize(20)
            .Description($"A client's appointments, soonest first: all, or those of one status; 'upcoming' keeps those pending or approved that have not begun. At most {MaxListed}.")
            .Argument<IdGraphType>("clientId", argument => argument.Description = "Staff name the client; a client user's own by default.")
            .Argument<AppointmentStatusType>("status")
            .Argument<BooleanGraphType>("upcoming", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string?>("clientId") ?? caller.ClientId?.ToString());
                var status = context.GetArgument<AppointmentStatus?>("status");
                var upcoming = context.GetArgument<bool>("upcoming");
                var now = context.Now();
                await using var session = context.OpenQuerySession();
                var appointments = await session.Query<Appointment>().Where(appointment => appointment.ClientId == clientId).ToListAsync(context.CancellationToken);
                return appointments
                    .Where(appointment => status is null || appointment.Status == status)
                    .Where(appointment => !upcoming || (appointment.Status is AppointmentStatus.Pending or AppointmentStatus.Approved && appointment.Start > now))
                    .OrderBy(appointment => appointment.Start)
                    .Take(MaxListed)
                    .ToList();
            });

        query.Field<AppointmentType>("appointment")
            .Description("One appointment; NOT_FOUND when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return Guid.TryParse(context.GetArgument<string>("id"), out var id)
                    && await session.LoadAsync<Appointment>(id, context.CancellationToken) is { } appointment && appointment.IsVisibleTo(context.Caller().AsActor())
                        ? appointment
                        : throw Appointment.NoSuchAppointment();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("technicianDay").ListSize(20)
            .Description("A technician's approved appointments on a day (UTC), in order, for the clients the caller works with. Staff only.")
            .Argument<NonNullGraphType<IdGraphType>>("technicianId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .PermittedTo(caller => caller.IsStaff, "see a technician's day")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller().AsActor();
                var technicianId = Guid.TryParse(context.GetArgument<string>("technicianId"), out var id) ? id : throw Refusals.NotFound("technician");
                var date = context.GetArgument<DateOnly>("date");
                if (date.Year is < 2000 or > 2100)
                {
                    throw Refusals.Invalid("date", "Ask for a day from the year 2000 to 2100.");
                }

                var (from, to) = (new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
                await using var session = context.OpenQuerySession();
                var appointments = await session.Query<Appointment>()
                    .Where(appointment => appointment.TechnicianId == technicianId && appointment.Status == AppointmentStatus.Approved && appointment.Start < to && appointment.End > from)
                    .ToListAsync(context.CancellationToken);
                return appointments.Where(appointment => appointment.IsVisibleTo(actor)).OrderBy(appointment => appointment.Start).ToList();
            });
    }

    public static void AddAppointmentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AppointmentServiceType>>("defineAppointmentService")
            .Description("Add a kind of appointment, with how long it takes (15 minutes to 8 hours, in quarter hours). Administrators and team leads.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<IntGraphType>>("durationMinutes")
            .ResolveAsync(context => context.ChangedAsync((DefineAppointmentService command) => context.LoadAsync<AppointmentService>(command.ServiceId)));

        mutation.Field<NonNullGraphType<AppointmentServiceType>>("retireAppointmentService")
            .Description("Stop offering a service; appointments booked with it keep it. Administrators and team leads.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .ResolveAsync(context => context.ChangedAsync((RetireAppointmentService command) => context.LoadAsync<AppointmentService>(command.ServiceId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("requestAppointment")
            .Description("Ask for an appointment at a free slot (appointmentSlots). Client users for their organisation; staff name the client.")
            .Argument<NonNullGraphType<RequestAppointmentInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((RequestAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("editAppointment")
            .Description("Change a pending request: another free start, technician or notes.")
            .Argument<NonNullGraphType<IdGraphType>>("appointmentId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Argument<IdGraphType>("preferredTechnicianId")
            .Argument<StringGraphType>("notes")
            .ResolveAsync(context => context.ChangedAsync((EditAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("approveAppointment")
            .Description("Approve a pending request with a technician free for all of it; two overlapping approvals for one technician never both succeed (CONFLICT). Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("appointmentId")
            .Argument<NonNullGraphType<IdGraphType>>("technicianId")
            .ResolveAsync(context => context.ChangedAsync((ApproveAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("declineAppointment")
            .Description("Decline a pending request, saying why. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("appointmentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(context => context.ChangedAsync((DeclineAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("rescheduleAppointment")
            .Description("Move an approved appointment to another time in business hours, with its technician. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("appointmentId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(context => context.ChangedAsync((RescheduleAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));

        mutation.Field<NonNullGraphType<AppointmentType>>("cancelAppointment")
            .Description("Call an appointment off before it starts; it cannot be undone. The client's people or staff.")
            .Argument<NonNullGraphType<IdGraphType>>("appointmentId")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(context => context.ChangedAsync((CancelAppointment command) => context.LoadAsync<Appointment>(command.AppointmentId)));
    }
}
