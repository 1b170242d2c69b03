namespace Milestone.Api.Locations;

/// <summary>Restate a location's details: every one given again, the address and time zone left out to clear them.</summary>
public sealed record ReviseLocation(Guid LocationId, string Name, PostalAddress? Address, string? TimeZone, Guid? PrimaryContactId, Actor Actor) : IActorCommand;

public static class ReviseLocationHandler
{
    public static void Configure(HandlerChain chain)
    {
        chain.RetryConcurrentAppends();
        chain.DecideAgainWhenTaken();
    }

    public static async Task<Events> Handle(ReviseLocation command, [WriteAggregate] Location location, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
    [
        .. location.Revise(
            new LocationDetails(command.Name, command.Address, command.TimeZone, command.PrimaryContactId),
            await session.OpenLocationNamesAsync(location.ClientId, except: location.Id, cancellation),
            await session.NamedPersonAsync(command.PrimaryContactId, cancellation),
            command.Actor,
            time.GetUtcNow()),
    ];
}
