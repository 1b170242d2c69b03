namespace Milestone.Domain.Locations;

/// <summary>What staff or the client's admin type about a location.</summary>
public sealed record LocationDetails(string Name, PostalAddress? Address, string? TimeZone, Guid? PrimaryContactId);
