namespace Milestone.Api.Locations;

public static class LocationLookups
{
    /// <summary>The names of the client's open locations, but for <paramref name="except"/>: what a location's name may not repeat.</summary>
    public static async Task<IReadOnlyList<string>> OpenLocationNamesAsync(this IQuerySession session, Guid clientId, Guid? except, CancellationToken cancellation) =>
        await session.Query<Location>()
            .Where(location => location.ClientId == clientId && location.ClosedAt == null && location.Id != (except ?? Guid.Empty))
            .Select(location => location.Name)
            .ToListAsync(cancellation);
}
