namespace Milestone.Domain.Requests;

/// <summary>The request is now about another of the client's locations (null: none in particular).</summary>
public sealed record RequestLocationChanged(
    Guid RequestId, Guid ClientId, Guid? FromLocationId, Guid? ToLocationId, Guid ChangedBy, DateTimeOffset ChangedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>The request concerns this asset of the client: it shows among the asset's requests.</summary>
public sealed record AssetReferenced(Guid RequestId, Guid ClientId, Guid AssetId, Guid ReferencedBy, DateTimeOffset ReferencedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

public sealed record AssetReferenceRemoved(Guid RequestId, Guid ClientId, Guid AssetId, Guid RemovedBy, DateTimeOffset RemovedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>A client user asked for a new asset of this kind, for this reason, at this location: the request is the work of providing it.</summary>
public sealed record AssetRequested(Guid RequestId, Guid ClientId, Assets.AssetKind Kind, string Reason, Guid? LocationId, Guid RequestedBy, DateTimeOffset RequestedAt) : IRequestEvent;
