namespace Milestone.Domain.Organisations;

/// <summary>
/// A client counts its requests under the default SLA policy unless an administrator gives it a
/// policy of its own. Choosing the policy it already has changes nothing.
/// </summary>
public static class ClientSlaPolicy
{
    public static IEnumerable<ClientSlaPolicyChosen> Choose(Guid clientId, Guid? current, Guid? policyId, bool policyExists, Actor actor, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (!actor.Role.MayManageClientOrganisations())
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not choose a client's SLA policy.");
        }

        if (policyId is not null && !policyExists)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such SLA policy.", "policyId");
        }

        return current == policyId ? [] : [new ClientSlaPolicyChosen(clientId, policyId, actor.PersonId, now)];
    }
}

/// <summary>The client's requests count under this policy from now on; null returns them to the default policy.</summary>
public sealed record ClientSlaPolicyChosen(Guid ClientId, Guid? PolicyId, Guid ChosenBy, DateTimeOffset ChosenAt);
