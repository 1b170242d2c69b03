namespace Milestone.Domain.People;

/// <summary>A command someone gives: the audit trail records that person on every event it appends.</summary>
public interface IAuditedCommand
{
    Guid? AuditedPersonId { get; }
}

/// <summary>A command given by a signed-in actor, who is also the one the audit trail names.</summary>
public interface IActorCommand : IAuditedCommand
{
    Actor Actor { get; }

    Guid? IAuditedCommand.AuditedPersonId => Actor.PersonId;
}
