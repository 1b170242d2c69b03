namespace Milestone.Api.Teams;

public static class TeamCandidates
{
    /// <summary>The person as the team decisions see them, their role and whether they may still work; null when there is none.</summary>
    public static async Task<TeamCandidate?> TeamCandidateAsync(this IQuerySession session, Guid personId, CancellationToken cancellation) =>
        await session.LoadAsync<PersonAccount>(personId, cancellation) is { } person
            ? new TeamCandidate(person.Id, person.Role, person.Status)
            : null;
}
