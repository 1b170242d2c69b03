namespace Milestone.Api.Organisations;

public static class ClientLookup
{
    /// <summary>The client id, if the caller may see that client; NOT_FOUND otherwise, as for an id that does not exist.</summary>
    public static async Task<Guid> VisibleClientIdAsync(this IResolveFieldContext context, Caller caller, string? id)
    {
        await using var session = context.OpenQuerySession();
        return Guid.TryParse(id, out var clientId) && await session.IsClientVisibleAsync(caller, clientId, context.CancellationToken)
            ? clientId
            : throw Refusals.NotFound("client");
    }

    public static Task<bool> IsClientVisibleAsync(this IQuerySession session, Caller caller, Guid clientId, CancellationToken cancellation) =>
        session.ClientOrganisationsVisibleTo(caller).AnyAsync(client => client.Id == clientId, cancellation);

}
