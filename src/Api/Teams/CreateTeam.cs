namespace Milestone.Api.Teams;

public sealed record CreateTeam([NewId] Guid TeamId, string Name, Actor Actor) : IActorCommand;

public static class CreateTeamHandler
{
    public static IStartStream Handle(CreateTeam command, TimeProvider time) =>
        MartenOps.StartStream<Team>(command.TeamId, Team.Create(command.TeamId, command.Name, command.Actor, time.GetUtcNow()));
}
