namespace Milestone.Api.Sla;

public static class SlaTermsLookup
{
    /// <summary>
    /// The terms a new request of this client counts under: the client's own policy, else the default
    /// one, each in its current version and calendar. Null while no policy applies, and then the
    /// request runs without SLA clocks. A policy that counts in the client's time counts a request about
    /// a location with a time zone of its own in the location's.
    /// </summary>
    public static async Task<SlaTerms?> TermsForClientAsync(this IQuerySession session, Guid clientId, CancellationToken cancellation, Guid? locationId = null)
    {
        var client = await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation);
        var policy = client?.SlaPolicyId is { } own
            ? await session.LoadAsync<SlaPolicy>(own, cancellation)
            : await session.Query<SlaPolicy>().FirstOrDefaultAsync(candidate => candidate.IsDefault, cancellation);
        if (policy is null || await session.LoadAsync<BusinessCalendarDefinition>(policy.Settings.CalendarId, cancellation) is not { } calendar)
        {
            return null;
        }

        var location = locationId is { } id ? await session.LoadAsync<Location>(id, cancellation) : null;
        return policy.Terms(calendar.Calendar, location?.TimeZone ?? client?.TimeZone);
    }
}
