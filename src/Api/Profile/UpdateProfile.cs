namespace Milestone.Api.Profile;

/// <summary>The caller changes their own name and time zone; the person's decision judges both.</summary>
public sealed record UpdateProfile(string Name, string? TimeZone, Actor Actor) : IActorCommand
{
    public Guid PersonId => Actor.PersonId;
}

public static class UpdateProfileHandler
{
    public static Events Handle(UpdateProfile command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.UpdateProfile(command.Actor, command.Name, command.TimeZone, time.GetUtcNow())];
}
