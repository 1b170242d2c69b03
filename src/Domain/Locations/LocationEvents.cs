namespace Milestone.Domain.Locations;

/// <summary>A client's site: an office, a warehouse, a shop. <see cref="TimeZone"/> null means the client's own.</summary>
public sealed record LocationAdded(
    Guid LocationId,
    Guid ClientId,
    string Name,
    PostalAddress? Address,
    string? TimeZone,
    Guid? PrimaryContactId,
    Guid AddedBy,
    DateTimeOffset AddedAt);

/// <summary>The location as it now stands, every detail restated.</summary>
public sealed record LocationRevised(
    Guid LocationId,
    Guid ClientId,
    string Name,
    PostalAddress? Address,
    string? TimeZone,
    Guid? PrimaryContactId,
    Guid RevisedBy,
    DateTimeOffset RevisedAt);

/// <summary>The client left the site: nothing new is tied to it; what was tied to it keeps the link.</summary>
public sealed record LocationClosed(Guid LocationId, Guid ClientId, Guid ClosedBy, DateTimeOffset ClosedAt);
