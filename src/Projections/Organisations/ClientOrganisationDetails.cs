namespace Milestone.Projections.Organisations;

public sealed record ClientOrganisationDetails(
    Guid Id,
    string Name,
    string TimeZone,
    IReadOnlyList<string> Locations,
    DateTimeOffset CreatedAt)
{
    public int Version { get; set; }
}
