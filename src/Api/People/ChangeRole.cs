namespace Milestone.Api.People;

public sealed record ChangeRole(Guid PersonId, Role Role, Actor Actor) : IActorCommand;

public static class ChangeRoleHandler
{
    public static Events Handle(ChangeRole command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.ChangeRole(command.Role, command.Actor, time.GetUtcNow())];
}
