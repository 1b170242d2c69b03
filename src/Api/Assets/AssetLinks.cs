namespace Milestone.Api.Assets;

/// <summary>The assets other objects name by id (a request's), loaded for a whole response at once.</summary>
public static class AssetLinks
{
    /// <summary>The ones the caller may see, in the order of the ids.</summary>
    public static IDataLoaderResult<IReadOnlyList<Asset>> Assets(this IResolveFieldContext context, IReadOnlyCollection<Guid> assetIds) =>
        BatchLoaders.VisibleById<Asset>(
                context,
                "assets",
                async (session, caller, ids, cancellation) =>
                {
                    var actor = caller.AsActor();
                    return [.. (await session.LoadManyAsync<Asset>(cancellation, ids)).Where(asset => asset.IsVisibleTo(actor))];
                },
                asset => asset.Id)
            .Then(assetIds, found => (IReadOnlyList<Asset>)[.. assetIds.Where(found.ContainsKey).Select(id => found[id])]);
}
