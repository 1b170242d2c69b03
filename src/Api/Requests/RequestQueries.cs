using GraphQL.Execution;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

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
            .Argument<IntGraphType>("last", argument => argument.Description =
                "Page backwards: the last this many requests before `before` (or of all), in the same order as forward pages show them. Not with first.")
            .Argument<StringGraphType>("before", argument => argument.Description = "Only requests before this cursor, as `after` is only those after one.")
            .Argument<RequestFilterType>("filter")
            .Argument<RequestSortType>("sort", argument => argument.DefaultValue = RequestSort.Newest)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var last = context.GetArgument<int?>("last");
                // first has a default, so only a first the caller sent conflicts with last.
                if (last is not null && context.Arguments?["first"].Source is not ArgumentSource.FieldDefault)
                {
                    throw Refusals.Invalid("last", "Send first or last, not both.");
                }

                var count = last ?? context.GetArgument<int>("first");
                if (count is < 0 or > MaxPageSize)
                {
                    throw last is null
                        ? Refusals.Invalid("first", $"first must be between 0 and {MaxPageSize}.")
                        : Refusals.Invalid("last", $"last must be between 0 and {MaxPageSize}.");
                }

                var sort = context.GetArgument<RequestSort>("sort");
                var after = Cursor(context, "after", sort);
                var before = Cursor(context, "before", sort);

                await using var session = context.OpenQuerySession();
                var matching = session.RequestsVisibleTo(caller).Filtered(context.GetArgument<RequestFilter?>("filter"));
                // Counting every matching request costs as much as the queue is long, so only a page that shows the total pays for it.
                int? totalCount = context.SubFields?.ContainsKey("totalCount") == true ? await matching.CountAsync(context.CancellationToken) : null;
                var between = matching.After(after).Before(before);
                // A backward page reads the range from its far end and turns the rows round; one row more than asked tells whether there are more.
                var rows = last is null
                    ? await between.Ordered(sort).Take(count + 1).ToListAsync(context.CancellationToken)
                    : await between.OrderedBackwards(sort).Take(count + 1).ToListAsync(context.CancellationToken);
                var more = rows.Count > count;
                IReadOnlyList<RequestDetails> page = last is null ? [.. rows.Take(count)] : [.. rows.Take(count).Reverse()];
                var slaDue = sort == RequestSort.SlaDue ? await SlaDueTimesAsync(session, page, context.CancellationToken) : null;
                return last is null
                    ? ToConnection(page, sort, slaDue, totalCount, hasPreviousPage: after is not null, hasNextPage: more)
                    : ToConnection(page, sort, slaDue, totalCount, hasPreviousPage: more, hasNextPage: before is not null);
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
                var counted = await matching
                    .GroupBy(request => request.Status)
                    .Select(statusGroup => new RequestStatusCount(statusGroup.Key, statusGroup.Count()))
                    .ToListAsync(context.CancellationToken);
                return Enum.GetValues<RequestStatus>()
                    .Select(status => counted.SingleOrDefault(count => count.Status == status) ?? new RequestStatusCount(status, 0))
                    .ToList();
            });
    }

    private static async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> SlaDueTimesAsync(IQuerySession session, IReadOnlyList<RequestDetails> rows, CancellationToken cancellation)
    {
        var clocks = await session.LoadManyAsync<SlaClock>(cancellation, rows.Select(request => SlaClock.IdFor(request.Id)));
        return clocks.ToDictionary(clock => clock.RequestId, clock => clock.NextDueAt);
    }

    /// <summary>The cursor in the argument; VALIDATION when it is not one this API gave out for this sort order.</summary>
    private static RequestCursor? Cursor(IResolveFieldContext context, string argument, RequestSort sort) =>
        context.GetArgument<string?>(argument) is { } cursor
            ? RequestCursor.Decode(cursor, sort) ?? throw Refusals.Invalid(argument, $"{argument} is not a cursor this API gave out for this sort order.")
            : null;

    /// <summary>
    /// A page as Relay's connection spec has it. Keyset paging tells cheaply only whether there is more in the
    /// direction of travel; the other way, a page says there is more whenever it began at a cursor.
    /// </summary>
    private static Connection<RequestDetails> ToConnection(
        IReadOnlyList<RequestDetails> page, RequestSort sort, IReadOnlyDictionary<Guid, DateTimeOffset?>? slaDue, int? totalCount, bool hasPreviousPage, bool hasNextPage)
    {
        var edges = page
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
                HasNextPage = hasNextPage,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
