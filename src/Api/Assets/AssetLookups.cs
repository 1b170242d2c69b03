namespace Milestone.Api.Assets;

public static class AssetLookups
{
    /// <summary>The tags of the client's assets but <paramref name="except"/>: what an asset's tag may not repeat.</summary>
    public static async Task<IReadOnlyList<string>> AssetTagsAsync(this IQuerySession session, Guid clientId, Guid? except, CancellationToken cancellation) =>
        await session.Query<Asset>()
            .Where(asset => asset.ClientId == clientId && asset.Id != (except ?? Guid.Empty) && asset.Details.Tag != null)
            .Select(asset => asset.Details.Tag!)
            .ToListAsync(cancellation);

    /// <summary>The client's assets the actor may see that pass <paramref name="filter"/>, by name then tag, at most <see cref="AssetFields.MaxListed"/>.</summary>
    public static async Task<List<Asset>> AssetsSeenAsync(this IQuerySession session, Guid clientId, Actor actor, Func<Asset, bool> filter, CancellationToken cancellation)
    {
        var assets = await session.Query<Asset>().Where(asset => asset.ClientId == clientId).ToListAsync(cancellation);
        return
        [
            .. assets
                .Where(asset => asset.IsVisibleTo(actor) && filter(asset))
                .OrderBy(asset => asset.Details.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(asset => asset.Details.Tag, StringComparer.OrdinalIgnoreCase)
                .Take(AssetFields.MaxListed),
        ];
    }

    /// <summary>The location a client user works at, as it stands; null for staff and for people at none.</summary>
    public static async Task<Location?> SubmittersLocationAsync(this IQuerySession session, Actor actor, CancellationToken cancellation) =>
        !actor.IsStaff && await session.LoadAsync<PersonAccount>(actor.PersonId, cancellation) is { LocationId: { } locationId }
            ? await session.LoadAsync<Location>(locationId, cancellation)
            : null;
}
