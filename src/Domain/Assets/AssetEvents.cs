namespace Milestone.Domain.Assets;

/// <summary>Staff recorded one of the client's assets, by hand or from a CSV import (<see cref="ImportedFrom"/>: the import's id).</summary>
public sealed record AssetRegistered(
    Guid AssetId,
    Guid ClientId,
    AssetDetails Details,
    Guid? LocationId,
    AssetStatus Status,
    Guid RegisteredBy,
    DateTimeOffset RegisteredAt,
    Guid? ImportedFrom = null);

/// <summary>The asset's details as they now stand, every one restated.</summary>
public sealed record AssetDetailsChanged(Guid AssetId, Guid ClientId, AssetDetails Details, Guid ChangedBy, DateTimeOffset ChangedAt, Guid? ImportedFrom = null);

/// <summary>The asset now stands at another location (null: at none in particular).</summary>
public sealed record AssetMoved(Guid AssetId, Guid ClientId, Guid? FromLocationId, Guid? ToLocationId, Guid MovedBy, DateTimeOffset MovedAt, Guid? ImportedFrom = null);

/// <summary>In service, in repair, or retired for good; with why, when staff gave a reason.</summary>
public sealed record AssetStatusChanged(
    Guid AssetId, Guid ClientId, AssetStatus From, AssetStatus To, string? Reason, Guid ChangedBy, DateTimeOffset ChangedAt, Guid? ImportedFrom = null);
