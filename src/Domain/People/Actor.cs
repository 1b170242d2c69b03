namespace Milestone.Domain.People;

/// <summary>Who is deciding: the person, the role they act in, and for client users their organisation.</summary>
public sealed record Actor(Guid PersonId, Role Role, Guid? ClientId)
{
    public bool IsStaff => Role.IsStaff();

    public ChangeSource Source { get; init; } = ChangeSource.Milestone;
}
