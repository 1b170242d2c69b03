namespace Milestone.Api.Organisations;

public sealed record CreateClientOrganisation([NewId] Guid ClientId, string Name, string TimeZone, IReadOnlyList<string>? Locations, Actor Actor) : IClientOrganisationChange;

public static class CreateClientOrganisationHandler
{
    public static IStartStream Handle(CreateClientOrganisation command, TimeProvider time) =>
        MartenOps.StartStream<ClientOrganisationDetails>(
            command.ClientId,
            ClientOrganisation.Create(command.ClientId, command.Name, command.TimeZone, command.Locations, command.Actor, time.GetUtcNow()));
}
