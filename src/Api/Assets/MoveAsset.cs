namespace Milestone.Api.Assets;

/// <summary>Stand an asset at another of the client's open locations (none: no location in particular). Delivery staff.</summary>
public sealed record MoveAsset(Guid AssetId, Guid? LocationId, Actor Actor) : IActorCommand;

public static class MoveAssetHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<Location?> LoadAsync(MoveAsset command, IQuerySession session, CancellationToken cancellation) =>
        command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;

    public static Events Handle(MoveAsset command, [WriteAggregate] Asset asset, Location? location, TimeProvider time) =>
        [.. asset.MoveTo(command.LocationId, location, command.Actor, time.GetUtcNow())];
}
