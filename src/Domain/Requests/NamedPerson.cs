namespace Milestone.Domain.Requests;

/// <summary>Another person a command names (an assignee, someone to share with), as their account stands.</summary>
public sealed record NamedPerson(Guid Id, Role Role, Guid? ClientId, PersonStatus Status, IReadOnlyList<Guid>? ClientScope)
{
    /// <summary>Client users know the people of their own organisation; staff the staff and the people of the clients they work for.</summary>
    public bool IsVisibleTo(Actor actor) => actor.IsStaff ? ClientId is not { } clientId || actor.WorksWith(clientId) : ClientId == actor.ClientId;

    /// <summary>Delivery staff who may be given this client's work: active, and not limited to other clients.</summary>
    public bool MayWorkFor(Guid clientId) =>
        Role.IsOperationalStaff() && Status == PersonStatus.Active && (ClientScope is null || ClientScope.Contains(clientId));
}
