namespace Milestone.Api.Teams;

public sealed record RemoveTeamMember(Guid TeamId, Guid PersonId, Actor Actor) : IActorCommand;

public static class RemoveTeamMemberHandler
{
    public static Events Handle(RemoveTeamMember command, [WriteAggregate] Team team, TimeProvider time) =>
        [.. team.RemoveMember(command.PersonId, command.Actor, time.GetUtcNow())];
}
