namespace Milestone.Api.Appointments;

/// <summary>What appointment decisions read besides the appointment: the business calendar and who may be a technician.</summary>
public static class AppointmentLookups
{
    /// <summary>The working hours appointments are booked in: the business calendar the client's SLA counts in; null when no policy applies.</summary>
    public static async Task<BusinessCalendar?> AppointmentCalendarAsync(this IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        (await session.TermsForClientAsync(clientId, cancellation))?.Calendar;

    /// <summary>Active agents and team leads who work with the client: the people appointments are booked with.</summary>
    public static async Task<IReadOnlyList<PersonAccount>> TechniciansAsync(this IQuerySession session, Guid clientId, CancellationToken cancellation)
    {
        var staff = await session.Query<PersonAccount>()
            .Where(person => person.Status == PersonStatus.Active && (person.Role == Role.Agent || person.Role == Role.TeamLead))
            .ToListAsync(cancellation);
        return [.. staff.Where(person => IsTechnicianFor(person, clientId)).OrderBy(person => person.Name, StringComparer.Ordinal)];
    }

    /// <summary>A technician for the client, or the refusal the caller should see.</summary>
    public static async Task<PersonAccount> TechnicianAsync(this IQuerySession session, Guid clientId, Guid technicianId, CancellationToken cancellation) =>
        await session.LoadAsync<PersonAccount>(technicianId, cancellation) is { } person && IsTechnicianFor(person, clientId)
            ? person
            : throw new CommandRejected(Rejection.Invalid, "Choose an active agent or team lead who works with the client.", "technicianId");

    private static bool IsTechnicianFor(PersonAccount person, Guid clientId) =>
        person is { Status: PersonStatus.Active, Role: Role.Agent or Role.TeamLead } && (person.ClientScope is null || person.ClientScope.Contains(clientId));
}
