namespace Milestone.Api.Teams;

public sealed record AddTeamMember(Guid TeamId, Guid PersonId, Actor Actor) : IActorCommand;

public static class AddTeamMemberHandler
{
    public static async Task<Events> Handle(AddTeamMember command, [WriteAggregate] Team team, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        [.. team.AddMember(await session.TeamCandidateAsync(command.PersonId, cancellation), command.Actor, time.GetUtcNow())];
}
