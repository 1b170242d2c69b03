namespace Milestone.Api.Locations;

/// <summary>The client left the site: nothing new is tied to it; requests, people and assets tied to it keep the link.</summary>
public sealed record CloseLocation(Guid LocationId, Actor Actor) : IActorCommand;

public static class CloseLocationHandler
{
    public static Events Handle(CloseLocation command, [WriteAggregate] Location location, TimeProvider time) =>
        [.. location.Close(command.Actor, time.GetUtcNow())];
}
