namespace Milestone.Domain.Organisations;

public sealed record ClientOrganisation(Guid Id, string Name, string TimeZone, IReadOnlyList<string> Locations)
{
    public const int NameMaxLength = 200;

    public static ClientOrganisation? Evolve(ClientOrganisation? state, object @event) => @event switch
    {
        ClientOrganisationCreated created => new ClientOrganisation(created.ClientId, created.Name, created.TimeZone, created.Locations),
        _ => state,
    };

    public static ClientOrganisationCreated Create(
        Guid clientId,
        string name,
        string timeZone,
        IEnumerable<string> locations,
        Guid createdBy,
        DateTimeOffset now) =>
        new(
            clientId,
            name.Trim(),
            timeZone,
            locations.Select(location => location.Trim()).Where(location => location.Length > 0).Distinct().ToList(),
            createdBy,
            now);
}
