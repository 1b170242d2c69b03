namespace Milestone.Api.Appointments;

public sealed record Technician(Guid Id, string Name);

public sealed record OpenSlot(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<Technician> Technicians);

public sealed class AppointmentStatusType : EnumerationGraphType<AppointmentStatus>;

public sealed class AppointmentServiceType : ObjectGraphType<AppointmentService>
{
    public AppointmentServiceType()
    {
        Name = "AppointmentService";
        Description = "A kind of appointment the MSP offers, with how long it takes.";
        Field(service => service.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(service => service.Name);
        Field(service => service.DurationMinutes);
        Field(service => service.Retired).Description("No longer offered; appointments booked with it keep it.");
    }
}

public sealed class AppointmentSlotType : ObjectGraphType<OpenSlot>
{
    public AppointmentSlotType()
    {
        Name = "AppointmentSlot";
        Description = "A free time for the service: start and end in UTC (show them in the client's zone), and who could take it.";
        Field(slot => slot.Start);
        Field(slot => slot.End);
        Field(slot => slot.Technicians, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TechnicianType>>>)).ListSize(10);
    }
}

public sealed class TechnicianType : ObjectGraphType<Technician>
{
    public TechnicianType()
    {
        Name = "Technician";
        Field(technician => technician.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(technician => technician.Name);
    }
}

public sealed class AppointmentType : ObjectGraphType<Appointment>
{
    public AppointmentType()
    {
        Name = "Appointment";
        Description = "An appointment a client asked for: PENDING until staff approve it with a technician or decline it; CANCELLED cannot be undone.";
        Field(appointment => appointment.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(appointment => appointment.Reference).Description("Such as APT-3F9A12C4, to quote on the phone.");
        Field(appointment => appointment.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(appointment => appointment.Status, type: typeof(NonNullGraphType<AppointmentStatusType>));
        Field(appointment => appointment.ServiceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(appointment => appointment.ServiceName);
        Field(appointment => appointment.RequestId, type: typeof(IdGraphType)).Description("The request it is for, if any.");
        Field(appointment => appointment.Start);
        Field(appointment => appointment.End);
        Field(appointment => appointment.PreferredTechnicianId, type: typeof(IdGraphType));
        Field(appointment => appointment.TechnicianId, type: typeof(IdGraphType)).Description("Who takes it, once approved.");
        Field<StringGraphType>("technicianName").ResolveAsync(async context =>
            context.Source.TechnicianId is { } technician ? (await context.LoadAsync<PersonAccount>(technician))?.Name : null);
        Field(appointment => appointment.Notes);
        Field(appointment => appointment.DeclineReason, nullable: true);
        Field(appointment => appointment.RequestedBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field(appointment => appointment.RequestedAt);
    }
}

public sealed class RequestAppointmentInputType : InputObjectGraphType
{
    public RequestAppointmentInputType()
    {
        Name = "RequestAppointmentInput";
        Field<IdGraphType>("clientId").Description("Staff asking on a client's behalf name it; a client user's own otherwise.");
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<IdGraphType>("requestId").Description("One of the client's requests it is for.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("A free slot's start (appointmentSlots).");
        Field<IdGraphType>("preferredTechnicianId");
        Field<StringGraphType>("notes").Description("At most 2,000 characters.");
    }
}
