namespace Milestone.Domain.Organisations;

public static class ClientOrganisation
{
    public const int NameMaxLength = 200;
    public const int MaxLocations = 50;
    public const int LocationMaxLength = 200;

    public static ClientOrganisationCreated Create(
        Guid clientId,
        string name,
        string timeZone,
        IEnumerable<string>? locations,
        Actor actor,
        DateTimeOffset now)
    {
        if (!actor.Role.MayManageClientOrganisations())
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not create client organisations.");
        }

        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"A client's name takes 1 to {NameMaxLength} characters.", "name");
        }

        if (!BankCalendar.IsKnown(timeZone))
        {
            throw new CommandRejected(Rejection.Invalid, "Use an IANA time zone such as Europe/London.", "timeZone");
        }

        return new ClientOrganisationCreated(clientId, trimmed, timeZone, Locations(locations ?? []), actor.PersonId, now);
    }

    /// <summary>A client the actor does not work with is, to them, not there, exactly like an id that does not exist.</summary>
    public static void RequireWorksWith(Actor actor, Guid clientId)
    {
        if (!actor.WorksWith(clientId))
        {
            throw NoSuchClient();
        }
    }

    public static CommandRejected NoSuchClient() => new(Rejection.NotFound, "There is no such client.");

    private static List<string> Locations(IEnumerable<string> given)
    {
        var locations = given.Select(location => location.Trim()).Where(location => location.Length > 0).Distinct().ToList();
        return locations.Count <= MaxLocations && locations.All(location => location.Length <= LocationMaxLength)
            ? locations
            : throw new CommandRejected(Rejection.Invalid, $"At most {MaxLocations} locations of up to {LocationMaxLength} characters each.", "locations");
    }
}
