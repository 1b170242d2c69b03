namespace Milestone.Api.Assets;

/// <summary>Restate an asset's details, every one given again (fields replace the ones it has). Delivery staff.</summary>
public sealed record ChangeAssetDetails(
    Guid AssetId,
    string Name,
    AssetKind Kind,
    string? Tag,
    string? SerialNumber,
    DateOnly? PurchasedOn,
    DateOnly? WarrantyEndsOn,
    string? Notes,
    IReadOnlyList<AssetField>? Fields,
    Actor Actor) : IActorCommand
{
    public AssetDetails Details => new(Name, Kind, Tag, SerialNumber, PurchasedOn, WarrantyEndsOn, Notes ?? string.Empty, Fields ?? []);
}

public static class ChangeAssetDetailsHandler
{
    public static void Configure(HandlerChain chain)
    {
        chain.RetryConcurrentAppends();
        chain.DecideAgainWhenTaken();
    }

    public static async Task<Events> Handle(ChangeAssetDetails command, [WriteAggregate] Asset asset, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        [.. asset.Change(command.Details, await session.AssetTagsAsync(asset.ClientId, except: asset.Id, cancellation), command.Actor, time.GetUtcNow())];
}
