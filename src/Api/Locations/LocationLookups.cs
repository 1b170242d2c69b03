namespace Milestone.Api.Locations;

public static class LocationLookups
{
    /// <summary>The names of the client's open locations, but for <paramref name="except"/>: what a location's name may not repeat.</summary>
    public static async Task<IReadOnlyList<string>> OpenLocationNamesAsync(this IQuerySession session, Guid clientId, Guid? except, CancellationToken cancellation) =>
        await session.Query<Location>()
            .Where(location => location.ClientId == clientId && location.ClosedAt == null && location.Id != (except ?? Guid.Empty))
            .Select(location => location.Name)
            .ToListAsync(cancellation);

    /// <summary>The client's locations the actor may see, by name: the open ones, or all with <paramref name="includeClosed"/>.</summary>
    public static async Task<List<Location>> LocationsSeenAsync(this IQuerySession session, Guid clientId, Actor actor, bool includeClosed, CancellationToken cancellation)
    {
        var locations = await session.Query<Location>().Where(location => location.ClientId == clientId).ToListAsync(cancellation);
        return
        [
            .. locations
                .Where(location => location.IsVisibleTo(actor) && (includeClosed || location.IsOpen))
                .OrderBy(location => location.Name, StringComparer.OrdinalIgnoreCase)
                .Take(Location.MaxPerClient),
        ];
    }
}
