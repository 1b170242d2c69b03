namespace Milestone.Api.Locations;

/// <summary>The location other objects name by id (a request's, a person's, an asset's), loaded for a whole response at once.</summary>
public static class LocationLinks
{
    /// <summary>The location, or null when there is none the caller may see.</summary>
    public static IDataLoaderResult<Location?>? Location(this IResolveFieldContext context, Guid? locationId) =>
        locationId is { } id ? Loader(context).Load(id) : null;

    private static BatchLoader<Guid, Location> Loader(IResolveFieldContext context) =>
        BatchLoaders.VisibleById<Location>(
            context,
            "locations",
            async (session, caller, ids, cancellation) =>
            {
                var actor = caller.AsActor();
                return [.. (await session.LoadManyAsync<Location>(cancellation, ids)).Where(location => location.IsVisibleTo(actor))];
            },
            location => location.Id);
}
