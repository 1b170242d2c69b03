using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Marten;
using Marten.Linq.MatchesSql;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
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
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                var id = context.GuidArgument("id");
                return await session.RequestsVisibleTo(caller).FirstOrDefaultAsync(request => request.Id == id, context.CancellationToken)
                    ?? throw Refusals.NotFound("request");
            });

        query.Field<NonNullGraphType<ConnectionType<RequestType, EdgeType<RequestType>>>>("requests")
            .Description("The requests the caller may see, newest first.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after")
            .Argument<RequestFilterType>("filter")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var first = context.GetArgument<int>("first");
                if (first is < 0 or > MaxPageSize)
                {
                    throw new CodedError(ErrorCodes.Validation, $"first must be between 0 and {MaxPageSize}.", Field("first"));
                }

                var after = context.GetArgument<string?>("after");
                var afterId = after is null ? (Guid?)null : RequestCursor.Decode(after)
                    ?? throw new CodedError(ErrorCodes.Validation, "after is not a cursor this API gave out.", Field("after"));
                var filter = context.GetArgument<RequestFilter?>("filter");

                await using var session = context.OpenQuerySession();
                var matching = Matching(session.RequestsVisibleTo(caller), filter);
                var totalCount = await matching.CountAsync(context.CancellationToken);
                var page = afterId is { } id ? matching.Where(request => request.MatchesSql("d.id < ?", id)) : matching;
                var rows = await page.OrderByDescending(request => request.Id).Take(first + 1).ToListAsync(context.CancellationToken);
                return ToConnection(rows, first, totalCount, hasPreviousPage: afterId is not null);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedEventType>>>>("requestHistory")
            .Description("Every event of one request, in order: the auditors' view.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                var id = context.GuidArgument("id");
                if (id is null || !await session.RequestsVisibleTo(caller).AnyAsync(request => request.Id == id, context.CancellationToken))
                {
                    throw Refusals.NotFound("request");
                }

                var events = await session.Events.FetchStreamAsync(id.Value, token: context.CancellationToken);
                return RequestHistory.From(events, context.Service<IDocumentStore>().Options.Serializer());
            });
    }

    private static IQueryable<RequestDetails> Matching(IQueryable<RequestDetails> visible, RequestFilter? filter)
    {
        var matching = visible;
        if (filter?.Status is { Length: > 0 } statuses)
        {
            matching = matching.Where(request => statuses.Contains(request.Status));
        }

        if (filter?.Urgency is { Length: > 0 } urgencies)
        {
            matching = matching.Where(request => urgencies.Contains(request.Urgency));
        }

        return matching;
    }

    private static Connection<RequestDetails> ToConnection(IReadOnlyList<RequestDetails> rows, int first, int totalCount, bool hasPreviousPage)
    {
        var edges = rows.Take(first)
            .Select(request => new Edge<RequestDetails> { Node = request, Cursor = RequestCursor.Encode(request.Id) })
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

    private static Dictionary<string, object?> Field(string name) => new() { ["field"] = name };
}
