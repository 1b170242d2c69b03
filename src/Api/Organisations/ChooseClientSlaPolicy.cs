namespace Milestone.Api.Organisations;

/// <summary>Give a client an SLA policy of its own, or (with no policy) return it to the default one.</summary>
public sealed record ChooseClientSlaPolicy(Guid ClientId, Guid? PolicyId, Actor Actor) : IClientOrganisationChange;

public static class ChooseClientSlaPolicyHandler
{
    public static async Task<Events> Handle(
        ChooseClientSlaPolicy command,
        [WriteAggregate(nameof(ChooseClientSlaPolicy.ClientId))] ClientOrganisationDetails client,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var policyExists = command.PolicyId is { } policyId && await session.LoadAsync<SlaPolicy>(policyId, cancellation) is not null;
        return [.. ClientSlaPolicy.Choose(client.Id, client.SlaPolicyId, command.PolicyId, policyExists, command.Actor, time.GetUtcNow())];
    }
}
