namespace Milestone.Api.Teams;

public sealed record RenameTeam(Guid TeamId, int Version, string Name, Actor Actor) : IActorCommand;

public static class RenameTeamHandler
{
    public static Events Handle(RenameTeam command, [WriteAggregate] Team team, TimeProvider time) =>
        [.. team.Rename(command.Name, command.Actor, time.GetUtcNow())];
}
