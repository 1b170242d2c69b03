namespace Milestone.Domain.Organisations;

/// <summary>
/// A client counts its requests under the default SLA policy unless an administrator gives it a
/// policy of its own. Choosing the policy it already has changes nothing.
/// </summary>
public static class ClientSlaPolicy
{
    public static IEnumerable<ClientSlaPolicyChosen> Choose(Guid clientId, Guid? current, Guid? policyId, Guid chosenBy, DateTimeOffset now) =>
        current == policyId ? [] : [new ClientSlaPolicyChosen(clientId, policyId, chosenBy, now)];
}

/// <summary>The client's requests count under this policy from now on; null returns them to the default policy.</summary>
public sealed record ClientSlaPolicyChosen(Guid ClientId, Guid? PolicyId, Guid ChosenBy, DateTimeOffset ChosenAt);
