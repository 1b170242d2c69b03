namespace Milestone.Api.Assets;

/// <summary>Say the request concerns one of its client's assets: it shows among the asset's requests.</summary>
public sealed record ReferenceAsset(Guid RequestId, [Name("version")] int SeenVersion, Guid AssetId, Actor Actor) : IRequestChange;

public static class ReferenceAssetHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Task<Asset?> LoadAsync(ReferenceAsset command, IQuerySession session, CancellationToken cancellation) =>
        session.LoadAsync<Asset>(command.AssetId, cancellation);

    public static Events Handle(ReferenceAsset command, [WriteAggregate] Request request, Asset? asset, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).ReferenceAsset(command.Actor, command.AssetId, asset, time.GetUtcNow())];
}

/// <summary>The request no longer concerns the asset.</summary>
public sealed record RemoveAssetReference(Guid RequestId, [Name("version")] int SeenVersion, Guid AssetId, Actor Actor) : IRequestChange;

public static class RemoveAssetReferenceHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(RemoveAssetReference command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).RemoveAssetReference(command.Actor, command.AssetId, time.GetUtcNow())];
}
