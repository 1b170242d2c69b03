using GraphQL.DataLoader;

namespace Milestone.Api.Requests;

/// <summary>The requests other objects name by id, loaded for a whole response at once.</summary>
public static class RequestLinks
{
    /// <summary>The request, or null when there is none the caller may see.</summary>
    public static IDataLoaderResult<RequestDetails?> LinkedRequest(this IResolveFieldContext context, Guid requestId) => Loader(context).Load(requestId);

    public static BatchLoader<Guid, RequestDetails> Loader(IResolveFieldContext context) =>
        BatchLoaders.VisibleById<RequestDetails>(
            context,
            "requests",
            (session, caller, ids, cancellation) => session.RequestsVisibleTo(caller).Where(request => ids.Contains(request.Id)).ToListAsync(cancellation),
            request => request.Id);
}
