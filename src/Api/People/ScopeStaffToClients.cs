namespace Milestone.Api.People;

/// <summary>Limit a staff member to these clients; null lifts the limit.</summary>
public sealed record ScopeStaffToClients(Guid PersonId, IReadOnlyList<Guid>? ClientIds, Actor Actor) : IActorCommand;

public static class ScopeStaffToClientsHandler
{
    public static async Task<Events> Handle(
        ScopeStaffToClients command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        Guid[] named = [.. command.ClientIds?.Distinct().Take(Person.MaxClientScope) ?? []];
        IReadOnlyList<Guid> known = named.Length == 0
            ? []
            : await session.Query<ClientOrganisationDetails>().Where(client => named.Contains(client.Id)).Select(client => client.Id).ToListAsync(cancellation);
        return [.. person.ScopeToClients(command.ClientIds, known, command.Actor, time.GetUtcNow())];
    }
}
