using NodaTime;

namespace Milestone.Api.Insights;

/// <summary>Which time zone a figure's days and months run in: the client's for one client, the MSP's for the whole book.</summary>
public sealed class InsightZones(IDocumentStore store, CurrentTenant tenant, IOptions<InsightSettings> settings)
{
    public const string Utc = "Etc/UTC";

    public string Msp => settings.Value.TimeZone;

    public static bool IsKnown(string timeZone) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;

    /// <summary>The first instant of the day in the zone (where clocks skip midnight, the moment they jump to).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, string timeZone) =>
        DateTimeZoneProviders.Tzdb[timeZone].AtStartOfDay(LocalDate.FromDateOnly(day)).ToInstant().ToDateTimeOffset();

    public async Task<string> OfClientAsync(Guid clientId, CancellationToken cancellation) =>
        (await OfClientsAsync([clientId], cancellation)).GetValueOrDefault(clientId, Msp);

    public async Task<IReadOnlyDictionary<Guid, string>> OfClientsAsync(IReadOnlyCollection<Guid> clientIds, CancellationToken cancellation)
    {
        await using var session = store.QuerySession(tenant.Id);
        return (await session.LoadManyAsync<ClientOrganisationDetails>(cancellation, clientIds)).ToDictionary(client => client.Id, client => client.TimeZone);
    }
}
