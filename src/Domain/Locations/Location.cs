using Milestone.Domain.Organisations;

namespace Milestone.Domain.Locations;

/// <summary>
/// One of a client's sites, one stream each. Administrators, the client's account managers and the client's own admin
/// (unless limited to some locations) keep them; the client's people and the staff who work with the client read them.
/// A client admin limited to some locations sees only those.
/// </summary>
public sealed record Location(Guid Id, Guid ClientId, Guid AddedBy, DateTimeOffset AddedAt)
{
    public const int NameMaxLength = 200;
    public const int MaxPerClient = 500;

    public string Name { get; init; } = string.Empty;

    public PostalAddress? Address { get; init; }

    /// <summary>The site's own IANA time zone; null: the client's.</summary>
    public string? TimeZone { get; init; }

    public Guid? PrimaryContactId { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool IsOpen => ClosedAt is null;

    public int Version { get; set; }

    public static Location? Evolve(Location? state, object @event) => @event switch
    {
        LocationAdded added => new Location(added.LocationId, added.ClientId, added.AddedBy, added.AddedAt)
        {
            Name = added.Name, Address = added.Address, TimeZone = added.TimeZone, PrimaryContactId = added.PrimaryContactId,
        },
        LocationRevised revised => state! with
        {
            Name = revised.Name, Address = revised.Address, TimeZone = revised.TimeZone, PrimaryContactId = revised.PrimaryContactId,
        },
        LocationClosed closed => state! with { ClosedAt = closed.ClosedAt },
        _ => state,
    };

    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId) && actor.WorksAt(Id);

    /// <param name="clientExists">Whether the client is there at all.</param>
    /// <param name="openNames">The names of the client's open locations, which a new one may not repeat.</param>
    /// <param name="contact">The person <paramref name="details"/> names as primary contact, as their account stands.</param>
    public static LocationAdded Add(
        Guid locationId, Guid clientId, bool clientExists, LocationDetails details, IReadOnlyCollection<string> openNames, NamedPerson? contact, Actor actor, DateTimeOffset now)
    {
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw ClientOrganisation.NoSuchClient();
        }

        RequireKeeper(actor);
        if (openNames.Count >= MaxPerClient)
        {
            throw new CommandRejected(Rejection.Conflict, $"A client has at most {MaxPerClient} open locations; close one first.");
        }

        var tidy = Tidied(details, clientId, openNames, contact, actor);
        return new LocationAdded(locationId, clientId, tidy.Name, tidy.Address, tidy.TimeZone, tidy.PrimaryContactId, actor.PersonId, now);
    }

    /// <param name="otherOpenNames">The names of the client's other open locations.</param>
    public IEnumerable<object> Revise(LocationDetails details, IReadOnlyCollection<string> otherOpenNames, NamedPerson? contact, Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireKeeper(actor);
        if (!IsOpen)
        {
            throw new CommandRejected(Rejection.Conflict, "This location is closed.");
        }

        var tidy = Tidied(details, ClientId, otherOpenNames, contact, actor);
        return tidy == new LocationDetails(Name, Address, TimeZone, PrimaryContactId)
            ? []
            : [new LocationRevised(Id, ClientId, tidy.Name, tidy.Address, tidy.TimeZone, tidy.PrimaryContactId, actor.PersonId, now)];
    }

    public IEnumerable<object> Close(Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireKeeper(actor);
        return IsOpen ? [new LocationClosed(Id, ClientId, actor.PersonId, now)] : [];
    }

    /// <summary>
    /// The location a command ties something new to (a request, a person, an asset): null when it names none; else one of
    /// the client's open locations the actor sees, <paramref name="named"/> being the one named as it stands (null when
    /// there is no such location).
    /// </summary>
    public static Guid? Named(Guid clientId, Guid? namedId, Location? named, Actor actor, string field = "locationId")
    {
        if (namedId is null)
        {
            return null;
        }

        if (named is null || named.Id != namedId || named.ClientId != clientId || !named.IsVisibleTo(actor))
        {
            throw NoSuchLocation(field);
        }

        return named.IsOpen ? named.Id : throw new CommandRejected(Rejection.Conflict, "This location is closed.", field);
    }

    public static CommandRejected NoSuchLocation(string? field = null) => new(Rejection.NotFound, "There is no such location.", field);

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchLocation();
        }
    }

    private static void RequireKeeper(Actor actor)
    {
        if (!actor.Role.MayKeepLocations() || actor.LocationScope is not null)
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not keep this client's locations.");
        }
    }

    private static LocationDetails Tidied(LocationDetails details, Guid clientId, IReadOnlyCollection<string> otherOpenNames, NamedPerson? contact, Actor actor)
    {
        var name = details.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"A location's name takes 1 to {NameMaxLength} characters.", "name");
        }

        if (otherOpenNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new CommandRejected(Rejection.Conflict, "The client has an open location of this name already.", "name");
        }

        var timeZone = string.IsNullOrWhiteSpace(details.TimeZone) ? null : details.TimeZone.Trim();
        if (timeZone is not null && !BankCalendar.IsKnown(timeZone))
        {
            throw new CommandRejected(Rejection.Invalid, "Use an IANA time zone such as Europe/London, or none for the client's.", "timeZone");
        }

        if (details.PrimaryContactId is not null)
        {
            if (contact is null || contact.ClientId != clientId || !contact.IsVisibleTo(actor))
            {
                throw new CommandRejected(Rejection.NotFound, "There is no such person.", "primaryContactId");
            }

            if (contact.Status == PersonStatus.Deactivated)
            {
                throw new CommandRejected(Rejection.Invalid, "The primary contact has been deactivated.", "primaryContactId");
            }
        }

        return new LocationDetails(name, PostalAddress.Tidied(details.Address), timeZone, details.PrimaryContactId);
    }
}
