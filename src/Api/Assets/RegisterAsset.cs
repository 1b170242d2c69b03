namespace Milestone.Api.Assets;

/// <summary>Record one of a client's assets, IN_SERVICE, optionally at one of its locations. Delivery staff.</summary>
public sealed record RegisterAsset(
    [NewId] Guid AssetId,
    Guid ClientId,
    string Name,
    AssetKind Kind,
    string? Tag,
    string? SerialNumber,
    Guid? LocationId,
    DateOnly? PurchasedOn,
    DateOnly? WarrantyEndsOn,
    string? Notes,
    IReadOnlyList<AssetField>? Fields,
    Actor Actor) : IActorCommand
{
    public AssetDetails Details => new(Name, Kind, Tag, SerialNumber, PurchasedOn, WarrantyEndsOn, Notes ?? string.Empty, Fields ?? []);
}

public static class RegisterAssetHandler
{
    public static void Configure(HandlerChain chain) => chain.DecideAgainWhenTaken();

    public static async Task<IStartStream> Handle(RegisterAsset command, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var clientExists = command.Actor.WorksWith(command.ClientId) && await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null;
        var location = command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;
        var registered = Asset.Register(
            command.AssetId,
            command.ClientId,
            clientExists,
            command.Details,
            command.LocationId,
            location,
            clientExists ? await session.AssetTagsAsync(command.ClientId, except: null, cancellation) : [],
            command.Actor,
            time.GetUtcNow());
        return MartenOps.StartStream<Asset>(command.AssetId, registered);
    }
}
