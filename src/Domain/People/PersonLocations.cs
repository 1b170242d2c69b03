using Milestone.Domain.Locations;

namespace Milestone.Domain.People;

/// <summary>Where a client's person works, and which of the client's locations a client admin's view is limited to.</summary>
public sealed partial record Person
{
    public const int MaxLocationScope = Location.MaxPerClient;

    public Guid? LocationId { get; init; }

    /// <summary>For a client admin limited to some locations, which; null means all of the client's.</summary>
    public IReadOnlyList<Guid>? LocationScope { get; init; }

    /// <summary>Those who manage the person place them at an open location of their client they may see, or at none.</summary>
    /// <param name="location">The location named, as it stands; null when none is named or there is no such location.</param>
    public IEnumerable<object> PlaceAt(Guid? locationId, Location? location, Actor by, DateTimeOffset now)
    {
        RequireManagedBy(by, $"manage a {Role}");
        if (ClientId is not { } clientId)
        {
            throw new CommandRejected(Rejection.Invalid, "Staff belong to the MSP, not to a client's location.");
        }

        var placed = Location.Named(clientId, locationId, location, by);
        EnsureNotDeactivated();
        return placed == LocationId ? [] : [new PersonLocationChanged(Id, clientId, placed, by.PersonId, now)];
    }

    /// <summary>
    /// Administrators, or the client's admins who are not limited themselves, limit another client admin to some of the
    /// client's locations (<paramref name="known"/> are those of the named ones that exist); null lifts the limit.
    /// </summary>
    public IEnumerable<object> LimitToLocations(IReadOnlyList<Guid>? locationIds, IReadOnlyCollection<Location> known, Actor by, DateTimeOffset now)
    {
        RequireManagedBy(by, $"manage a {Role}");
        if (by.LocationScope is not null)
        {
            throw new CommandRejected(Rejection.Forbidden, "A client admin limited to some locations may not limit others.");
        }

        if (by.PersonId == Id)
        {
            throw new CommandRejected(Rejection.Invalid, "You cannot limit your own view; ask another admin.", "personId");
        }

        if (Role != Role.ClientAdmin)
        {
            throw new CommandRejected(Rejection.Invalid, "Only client admins are limited to locations: members see their own requests already.", "personId");
        }

        if (locationIds is { Count: 0 or > MaxLocationScope })
        {
            throw new CommandRejected(Rejection.Invalid, $"Name 1 to {MaxLocationScope} locations, or none to lift the limit.", "locationIds");
        }

        if (locationIds?.Any(locationId => known.FirstOrDefault(location => location.Id == locationId) is not { } location
            || location.ClientId != ClientId || !location.IsVisibleTo(by)) == true)
        {
            throw Location.NoSuchLocation("locationIds");
        }

        EnsureNotDeactivated();
        var scope = locationIds?.Distinct().Order().ToList();
        var unchanged = scope is null ? LocationScope is null : LocationScope is not null && scope.SequenceEqual(LocationScope);
        return unchanged ? [] : [new ClientAdminLocationScopeChanged(Id, ClientId!.Value, scope, by.PersonId, now)];
    }
}
