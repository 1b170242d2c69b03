using GraphQL.DataLoader;

namespace Milestone.Api.Organisations;

/// <summary>The client organisations other objects name by id, loaded for a whole response at once.</summary>
public static class ClientLinks
{
    /// <summary>The client, or null when there is none the caller may see.</summary>
    public static IDataLoaderResult<ClientOrganisationDetails?>? Client(this IResolveFieldContext context, Guid? clientId) =>
        clientId is { } id ? Loader(context).Load(id) : null;

    public static BatchLoader<Guid, ClientOrganisationDetails> Loader(IResolveFieldContext context) =>
        BatchLoaders.VisibleById<ClientOrganisationDetails>(
            context,
            "client organisations",
            (session, caller, ids, cancellation) => session.ClientOrganisationsVisibleTo(caller).Where(client => ids.Contains(client.Id)).ToListAsync(cancellation),
            client => client.Id);
}
