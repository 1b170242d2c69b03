namespace Milestone.Api.Organisations;

public sealed record SetTwoFactorRequirement(Guid ClientId, bool Required, Actor Actor) : IClientOrganisationChange;

public static class SetTwoFactorRequirementHandler
{
    public static Events Handle(
        SetTwoFactorRequirement command,
        [WriteAggregate(nameof(SetTwoFactorRequirement.ClientId))] ClientOrganisationDetails client,
        TimeProvider time) =>
        [.. TwoFactorRequirement.Set(client.Id, client.TwoFactorRequired, command.Required, command.Actor, time.GetUtcNow())];
}
