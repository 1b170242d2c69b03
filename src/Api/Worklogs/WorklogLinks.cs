using GraphQL.DataLoader;

namespace Milestone.Api.Worklogs;

/// <summary>The worklogs of the requests of one response, loaded with one query for all of them.</summary>
public static class WorklogLinks
{
    /// <summary>The request's worklogs that stand, oldest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<WorklogView>> WorklogsOf(this IResolveFieldContext context, Guid requestId) =>
        Loader(context).Then([requestId], found => found.TryGetValue(requestId, out var logged) ? logged.Worklogs : []);

    private static BatchLoader<Guid, LoggedOnRequest> Loader(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        return BatchLoader<Guid, LoggedOnRequest>.For(context, "worklogs of requests", async (requestIds, cancellation) =>
        {
            var wanted = requestIds.ToArray();
            await using var session = services.OpenTenantQuerySession();
            var worklogs = await session.Query<WorklogView>()
                .Where(worklog => wanted.Contains(worklog.RequestId) && worklog.DeletedAt == null)
                .OrderBy(worklog => worklog.LoggedAt)
                .ToListAsync(cancellation);
            return [.. worklogs.GroupBy(worklog => worklog.RequestId).Select(logged => new LoggedOnRequest(logged.Key, [.. logged]))];
        }, logged => logged.RequestId);
    }

    private sealed record LoggedOnRequest(Guid RequestId, IReadOnlyList<WorklogView> Worklogs);
}
