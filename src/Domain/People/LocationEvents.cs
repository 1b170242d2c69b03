namespace Milestone.Domain.People;

/// <summary>The client user works at this location (null: at none in particular); their new requests are tied to it unless they name another.</summary>
public sealed record PersonLocationChanged(Guid PersonId, Guid ClientId, Guid? LocationId, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A client admin now sees the requests and assets of these locations only (and their own requests); no list means all of the client's.</summary>
public sealed record ClientAdminLocationScopeChanged(Guid PersonId, Guid ClientId, IReadOnlyList<Guid>? LocationIds, Guid ChangedBy, DateTimeOffset ChangedAt);
