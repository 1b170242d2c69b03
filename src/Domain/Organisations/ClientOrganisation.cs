namespace Milestone.Domain.Organisations;

public static class ClientOrganisation
{
    public const int NameMaxLength = 200;

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
