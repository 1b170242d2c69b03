namespace Milestone.Api.People;

public sealed record DeactivatePerson(Guid PersonId, Actor Actor) : IActorCommand;

public static class DeactivatePersonHandler
{
    public static Events Handle(DeactivatePerson command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.Deactivate(command.Actor, time.GetUtcNow())];
}
