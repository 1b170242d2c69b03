namespace Milestone.Domain.Organisations;

/// <summary>The MSP took on a client. <see cref="TimeZone"/> is an IANA id such as Europe/London.</summary>
public sealed record ClientOrganisationCreated(
    Guid ClientId,
    string Name,
    string TimeZone,
    IReadOnlyList<string> Locations,
    Guid CreatedBy,
    DateTimeOffset CreatedAt);
