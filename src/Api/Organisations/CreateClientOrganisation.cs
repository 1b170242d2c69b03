namespace Milestone.Api.Organisations;

/// <summary>Take on a client; each location named becomes one of its locations, in the client's time zone, to be filled in later.</summary>
public sealed record CreateClientOrganisation([NewId] Guid ClientId, string Name, string TimeZone, IReadOnlyList<string>? Locations, Actor Actor) : IClientOrganisationChange;

public static class CreateClientOrganisationHandler
{
    public static IEnumerable<IMartenOp> Handle(CreateClientOrganisation command, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var created = ClientOrganisation.Create(command.ClientId, command.Name, command.TimeZone, command.Locations, command.Actor, now);
        yield return MartenOps.StartStream<ClientOrganisationDetails>(command.ClientId, created);
        var named = new List<string>();
        foreach (var name in created.Locations)
        {
            var locationId = Guid.CreateVersion7();
            yield return MartenOps.StartStream<Location>(
                locationId, Location.Add(locationId, created.ClientId, true, new LocationDetails(name, null, null, null), named, null, command.Actor, now));
            named.Add(name);
        }
    }
}
