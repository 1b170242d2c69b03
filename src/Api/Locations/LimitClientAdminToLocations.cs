namespace Milestone.Api.Locations;

/// <summary>Limit a client admin to some of the client's locations: they then see those locations' requests and assets only.</summary>
public sealed record LimitClientAdminToLocations(Guid PersonId, IReadOnlyList<Guid>? LocationIds, Actor Actor) : IActorCommand;

public static class LimitClientAdminToLocationsHandler
{
    public static async Task<Events> Handle(
        LimitClientAdminToLocations command, [WriteAggregate] Person person, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        Guid[] named = [.. command.LocationIds?.Distinct().Take(Person.MaxLocationScope) ?? []];
        var known = named.Length == 0 ? [] : await session.LoadManyAsync<Location>(cancellation, named);
        return [.. person.LimitToLocations(command.LocationIds, known, command.Actor, time.GetUtcNow())];
    }
}
