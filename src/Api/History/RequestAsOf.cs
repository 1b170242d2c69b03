namespace Milestone.Api.History;

/// <summary>
/// Time travel: a request and its SLA clocks rebuilt from the events stored up to a moment, folded by
/// the same projections that keep the read models. The moment is compared with the events' recorded
/// timestamps, the times the histories show.
/// </summary>
public static class RequestAsOf
{
    public const string Argument = "asOf";

    /// <summary>The request as it stood then; null when it had not been submitted yet.</summary>
    public static async Task<RequestDetails?> RequestAsync(IResolveFieldContext context, Guid requestId, DateTimeOffset asOf)
    {
        await using var session = context.OpenQuerySession();
        return await session.Events.AggregateStreamAsync<RequestDetails>(requestId, timestamp: asOf, token: context.CancellationToken);
    }

    /// <summary>The moment the enclosing <c>request(id, asOf)</c> asked for, if it asked for one.</summary>
    public static DateTimeOffset? Of(IResolveFieldContext context) => context.Parent?.GetArgument<DateTimeOffset?>(Argument);

    /// <summary>The request's SLA clocks as they stood then, counted at that moment; null when none was running yet.</summary>
    public static async Task<RequestSla?> SlaAsync(IResolveFieldContext context, Guid requestId, DateTimeOffset asOf)
    {
        await using var session = context.OpenQuerySession();
        var clock = await session.Events.AggregateStreamAsync<SlaClock>(SlaClock.IdFor(requestId), timestamp: asOf, token: context.CancellationToken);
        return clock is null ? null : new RequestSla(clock, asOf);
    }
}
