using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.History;
using Milestone.Api.Identity;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;
using Milestone.Projections.Requests;

namespace Milestone.Api.Requests;

public static class RequestQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void AddRequestQueries(this ObjectGraphType query)
    {
        query.Field<RequestType>("request")
            .Description("One request the caller may see; NOT_FOUND when there is none with that id that the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<DateTimeOffsetGraphType>(RequestAsOf.Argument, argument => argument.Description =
                "Time travel: the request and its sla rebuilt from the events stored up to then (null if it did not exist yet); its worklogs still show the present.")
            .ResolveAsync(async context =>
            {
                var request = await context.VisibleRequestAsync(context.Caller(), "id");
                return context.GetArgument<DateTimeOffset?>(RequestAsOf.Argument) is { } asOf
                    ? await RequestAsOf.RequestAsync(context, request.Id, asOf)
                    : request;
            });

        query.Field<NonNullGraphType<ConnectionType<RequestType, EdgeType<RequestType>>>>("requests")
            .Description("The requests the caller may see: the Unified Queue for staff, My Work with filter.assigneeId, the portal's lists for clients.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after")
            .Argument<RequestFilterType>("filter")
            .Argument<RequestSortType>("sort", argument => argument.DefaultValue = RequestSort.Newest)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var first = context.GetArgument<int>("first");
                if (first is < 0 or > MaxPageSize)
                {
                    throw Refusals.Invalid("first", $"first must be between 0 and {MaxPageSize}.");
                }

                var sort = context.GetArgument<RequestSort>("sort");
                var after = context.GetArgument<string?>("after");
                var cursor = after is null ? null : RequestCursor.Decode(after, sort)
                    ?? throw Refusals.Invalid("after", "after is not a cursor this API gave out for this sort order.");

                await using var session = context.OpenQuerySession();
                var matching = session.RequestsVisibleTo(caller).Filtered(context.GetArgument<RequestFilter?>("filter"));
                // Counting every matching request costs as much as the queue is long, so only a page that shows the total pays for it.
                int? totalCount = context.SubFields?.ContainsKey("totalCount") == true ? await matching.CountAsync(context.CancellationToken) : null;
                var rows = await matching.After(cursor).Ordered(sort).Take(first + 1).ToListAsync(context.CancellationToken);
                var slaDue = sort == RequestSort.SlaDue ? await SlaDueTimesAsync(session, rows, context.CancellationToken) : null;
                return ToConnection(rows, first, sort, slaDue, totalCount, hasPreviousPage: cursor is not null);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestStatusCountType>>>>("requestStatusCounts")
            .Description("How many of the requests the caller may see are in each status, with the same filter as requests.")
            .Argument<RequestFilterType>("filter")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var filter = context.GetArgument<RequestFilter?>("filter");
                await using var session = context.OpenQuerySession();
                var matching = session.RequestsVisibleTo(caller).Filtered(filter);
                var counts = new List<RequestStatusCount>();
                foreach (var status in Enum.GetValues<RequestStatus>())
                {
                    counts.Add(new RequestStatusCount(status, await matching.CountAsync(request => request.Status == status, context.CancellationToken)));
                }

                return counts;
            });
    }

    private static async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> SlaDueTimesAsync(IQuerySession session, IReadOnlyList<RequestDetails> rows, CancellationToken cancellation)
    {
        var clocks = await session.LoadManyAsync<SlaClock>(cancellation, rows.Select(request => SlaClock.IdFor(request.Id)));
        return clocks.ToDictionary(clock => clock.RequestId, clock => clock.NextDueAt);
    }

    private static Connection<RequestDetails> ToConnection(
        IReadOnlyList<RequestDetails> rows, int first, RequestSort sort, IReadOnlyDictionary<Guid, DateTimeOffset?>? slaDue, int? totalCount, bool hasPreviousPage)
    {
        var edges = rows.Take(first)
            .Select(request => new Edge<RequestDetails>
            {
                Node = request,
                Cursor = RequestQueue.CursorOf(request, sort, slaDue?.GetValueOrDefault(request.Id)).Encode(),
            })
            .ToList();
        return new Connection<RequestDetails>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > first,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
