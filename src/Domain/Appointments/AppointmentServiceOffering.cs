namespace Milestone.Domain.Appointments;

/// <summary>
/// A kind of appointment the MSP offers clients (an on-site visit, a remote session, a training), with how long it
/// takes. One stream each; retired services stay on the appointments booked with them.
/// </summary>
public sealed record AppointmentService(Guid Id, string Name, int DurationMinutes, DateTimeOffset DefinedAt)
{
    public const int NameMaxLength = 100;

    public const int MinDurationMinutes = 15;

    public const int MaxDurationMinutes = 8 * 60;

    public bool Retired { get; init; }

    public int Version { get; set; }

    public static AppointmentService? Evolve(AppointmentService? state, object @event) => @event switch
    {
        AppointmentServiceDefined defined => new AppointmentService(defined.ServiceId, defined.Name, defined.DurationMinutes, defined.DefinedAt),
        AppointmentServiceRetired => state! with { Retired = true },
        _ => state,
    };

    /// <summary>Administrators and team leads keep the catalogue; a service lasts 15 minutes to 8 hours, in whole quarter hours.</summary>
    public static AppointmentServiceDefined Define(Guid serviceId, string name, int durationMinutes, Actor actor, DateTimeOffset now)
    {
        RequireKeeper(actor);
        RequestRules.RequireText(name, "name", NameMaxLength, "Name the service.");
        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes || durationMinutes % 15 != 0)
        {
            throw new CommandRejected(Rejection.Invalid, $"A service lasts {MinDurationMinutes} minutes to {MaxDurationMinutes / 60} hours, in quarter hours.", "durationMinutes");
        }

        return new AppointmentServiceDefined(serviceId, name.Trim(), durationMinutes, actor.PersonId, now);
    }

    public IEnumerable<object> Retire(Actor actor, DateTimeOffset now)
    {
        RequireKeeper(actor);
        return Retired ? [] : [new AppointmentServiceRetired(Id, actor.PersonId, now)];
    }

    private static void RequireKeeper(Actor actor)
    {
        if (actor.Role is not (Role.Admin or Role.TeamLead))
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and team leads keep the catalogue of appointment services.");
        }
    }
}

public sealed record AppointmentServiceDefined(Guid ServiceId, string Name, int DurationMinutes, Guid DefinedBy, DateTimeOffset DefinedAt);

public sealed record AppointmentServiceRetired(Guid ServiceId, Guid RetiredBy, DateTimeOffset RetiredAt);
