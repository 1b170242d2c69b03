namespace Milestone.Projections.Organisations;

public sealed record ClientOrganisationDetails(
    Guid Id,
    string Name,
    string TimeZone,
    IReadOnlyList<string> Locations,
    DateTimeOffset CreatedAt)
{
    public int Version { get; set; }

    /// <summary>Whether the client's people must sign in with two factors.</summary>
    public bool TwoFactorRequired { get; init; }
}
