namespace Milestone.Api.Locations;

/// <summary>Add a site to a client: name, postal address, its own time zone (none: the client's) and primary contact.</summary>
public sealed record AddLocation(
    [NewId] Guid LocationId, Guid ClientId, string Name, PostalAddress? Address, string? TimeZone, Guid? PrimaryContactId, Actor Actor) : IActorCommand;

public static class AddLocationHandler
{
    public static void Configure(HandlerChain chain) => chain.DecideAgainWhenTaken();

    public static async Task<IStartStream> Handle(AddLocation command, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var clientExists = command.Actor.WorksWith(command.ClientId) && await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null;
        var openNames = clientExists ? await session.OpenLocationNamesAsync(command.ClientId, except: null, cancellation) : [];
        var added = Location.Add(
            command.LocationId,
            command.ClientId,
            clientExists,
            new LocationDetails(command.Name, command.Address, command.TimeZone, command.PrimaryContactId),
            openNames,
            await session.NamedPersonAsync(command.PrimaryContactId, cancellation),
            command.Actor,
            time.GetUtcNow());
        return MartenOps.StartStream<Location>(command.LocationId, added);
    }
}
