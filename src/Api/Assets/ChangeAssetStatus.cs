namespace Milestone.Api.Assets;

/// <summary>Put an asset in service, in repair, or retire it for good, optionally saying why. Delivery staff.</summary>
public sealed record ChangeAssetStatus(Guid AssetId, AssetStatus Status, string? Reason, Actor Actor) : IActorCommand;

public static class ChangeAssetStatusHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeAssetStatus command, [WriteAggregate] Asset asset, TimeProvider time) =>
        [.. asset.ChangeStatus(command.Status, command.Reason, command.Actor, time.GetUtcNow())];
}
