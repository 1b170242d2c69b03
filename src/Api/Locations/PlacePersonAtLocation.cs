namespace Milestone.Api.Locations;

/// <summary>Say which of their client's locations a client user works at (none: no location in particular).</summary>
public sealed record PlacePersonAtLocation(Guid PersonId, Guid? LocationId, Actor Actor) : IActorCommand;

public static class PlacePersonAtLocationHandler
{
    public static async Task<Events> Handle(
        PlacePersonAtLocation command, [WriteAggregate] Person person, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var location = command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;
        return [.. person.PlaceAt(command.LocationId, location, command.Actor, time.GetUtcNow())];
    }
}
