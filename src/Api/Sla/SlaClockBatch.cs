using GraphQL.DataLoader;

namespace Milestone.Api.Sla;

/// <summary>Loads the SLA clocks of all the requests one response shows with a single query.</summary>
public static class SlaClockBatch
{
    /// <summary>The request's SLA as it stands at <paramref name="now"/>, once the batch is loaded; null for a request without clocks.</summary>
    public static IDataLoaderResult<RequestSla?> SlaOf(IResolveFieldContext context, Guid requestId, DateTimeOffset now) =>
        BatchLoaders.VisibleById<SlaClock>(
                context,
                "sla clocks",
                // The field's request is one the caller may see, and its clock goes with it.
                (session, _, requestIds, cancellation) => session.LoadManyAsync<SlaClock>(cancellation, requestIds.Select(SlaClock.IdFor)),
                clock => clock.RequestId)
            .Then([requestId], clocks => clocks.GetValueOrDefault(requestId) is { } clock ? new RequestSla(clock, now) : null);
}
