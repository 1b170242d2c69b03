namespace Milestone.Api.Locations;

/// <summary>Say which of the client's locations a request is about (none: no location in particular). Its SLA keeps the zone it started in.</summary>
public sealed record ChangeRequestLocation(Guid RequestId, [Name("version")] int SeenVersion, Guid? LocationId, Actor Actor) : IRequestChange;

public static class ChangeRequestLocationHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<Location?> LoadAsync(ChangeRequestLocation command, IQuerySession session, CancellationToken cancellation) =>
        command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;

    public static Events Handle(ChangeRequestLocation command, [WriteAggregate] Request request, Location? location, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).MoveToLocation(command.Actor, command.LocationId, location, time.GetUtcNow())];
}
