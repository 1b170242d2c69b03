namespace Milestone.Api.Teams;

/// <summary>Put a member in charge of the team; null leaves it without a lead.</summary>
public sealed record ChooseTeamLead(Guid TeamId, Guid? PersonId, Actor Actor) : IActorCommand;

public static class ChooseTeamLeadHandler
{
    public static async Task<Events> Handle(ChooseTeamLead command, [WriteAggregate] Team team, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var candidate = command.PersonId is { } personId ? await session.TeamCandidateAsync(personId, cancellation) : null;
        return [.. team.ChooseLead(command.PersonId, candidate, command.Actor, time.GetUtcNow())];
    }
}
