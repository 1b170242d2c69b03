namespace Milestone.Domain.People;

/// <summary>
/// Who is deciding: the person, the role they act in, for client users their organisation, and for staff
/// limited to some clients the clients they work for. Decisions read permissions from here and nowhere else.
/// </summary>
public sealed record Actor(Guid PersonId, Role Role, Guid? ClientId)
{
    public bool IsStaff => Role.IsStaff();

    public ChangeSource Source { get; init; } = ChangeSource.Milestone;

    /// <summary>The clients a staff member is limited to; null for staff who work for every client (and for client users).</summary>
    public IReadOnlyList<Guid>? StaffScope { get; init; }

    /// <summary>
    /// Whether the actor may act on this client's affairs at all: client users on their own organisation's,
    /// staff on those of the clients in their scope. Anything else is, to them, not there.
    /// </summary>
    public bool WorksWith(Guid clientId) => IsStaff ? StaffScope is null || StaffScope.Contains(clientId) : ClientId == clientId;

    /// <summary>The locations a client admin is limited to; null for everyone else, who are not limited by location.</summary>
    public IReadOnlyList<Guid>? LocationScope { get; init; }

    /// <summary>Whether the location is one the actor's view reaches: every one, unless they are a client admin limited to some.</summary>
    public bool WorksAt(Guid? locationId) => LocationScope is null || locationId is { } id && LocationScope.Contains(id);
}
