using Milestone.Api.Live;

namespace Milestone.Api.Requests;

public static class RequestSubscriptions
{
    /// <summary>
    /// Changes that can move a request into or out of a filtered queue. When one of them leaves a
    /// request outside the filter, subscribers hear that it is not in the queue (any more).
    /// </summary>
    private static readonly HashSet<Type> QueueMovingChanges =
    [
        typeof(RequestSubmitted), typeof(WorkStarted), typeof(WaitingOnClientStarted), typeof(WorkResumed),
        typeof(RequestCompleted), typeof(RequestCancelled), typeof(RequestReopened), typeof(RequestAssigned),
        typeof(RequestUnassigned), typeof(UrgencyChanged), typeof(RequestCategorised), typeof(RequestDetailsEdited),
        typeof(RequestShared), typeof(RequestUnshared),
    ];

    public static void AddRequestSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<RequestType>>("requestUpdated")
            .Description("The request as it stands after each change the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveStreamAsync(async context =>
            {
                var caller = context.Caller();
                var requestId = (await context.VisibleRequestAsync(caller, "id")).Id;
                return new LiveStream<RequestDetails>(
                    context,
                    caller,
                    change => change.RequestId == requestId,
                    async (current, change, session, cancellation) => change.Data.MayBeSeenBy(current)
                        ? await session.RequestsVisibleTo(current).FirstOrDefaultAsync(request => request.Id == requestId, cancellation)
                        : null);
            });

        subscription.Field<NonNullGraphType<QueueChangeType>>("queueChanged")
            .Description("Each change to a request in the caller's queue, with the same filter as requests: inQueue is false when a change took it out.")
            .Argument<RequestFilterType>("filter")
            .ResolveStreamAsync(context =>
            {
                var caller = context.Caller();
                var filter = context.GetArgument<RequestFilter?>("filter");
                return Task.FromResult<IObservable<object?>>(new LiveStream<QueueChange>(
                    context,
                    caller,
                    _ => true,
                    (current, change, session, cancellation) => QueueChangeAsync(current, change, filter, session, cancellation)));
            });
    }

    private static async Task<QueueChange?> QueueChangeAsync(Caller caller, RequestChange change, RequestFilter? filter, IQuerySession session, CancellationToken cancellation)
    {
        if (!change.Data.MayBeSeenBy(caller)
            || await session.RequestsVisibleTo(caller).FirstOrDefaultAsync(request => request.Id == change.RequestId, cancellation) is not { } request)
        {
            return null;
        }

        var inQueue = await session.RequestsVisibleTo(caller).Filtered(filter).AnyAsync(matching => matching.Id == change.RequestId, cancellation);
        return inQueue || QueueMovingChanges.Contains(change.Data.GetType())
            ? new QueueChange(request, inQueue, change.Data.GetType().Name)
            : null;
    }
}

public sealed record QueueChange(RequestDetails Request, bool InQueue, string Change);

public sealed class QueueChangeType : ObjectGraphType<QueueChange>
{
    public QueueChangeType()
    {
        Name = "QueueChange";
        Description = "A change to a request, as a live queue receives it.";
        Field(change => change.Request, type: typeof(NonNullGraphType<RequestType>)).Description("The request as it stands now.");
        Field(change => change.InQueue).Description("Whether the request matches the queue's filter now; false means: take it off the list.");
        Field(change => change.Change).Description("The event that changed it, e.g. MessagePosted.");
    }
}
