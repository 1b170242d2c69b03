using GraphQL;
using GraphQL.DataLoader;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Domain.Sla;

namespace Milestone.Api.Sla;

/// <summary>
/// Loads the SLA clocks of all the requests one response shows with a single query: each request's
/// <c>sla</c> field asks for its clock, and the first of them to be awaited loads every clock asked for so far.
/// </summary>
public sealed class SlaClockBatch(Func<IQuerySession> openSession)
{
    private readonly HashSet<Guid> _asked = [];
    private readonly Dictionary<Guid, SlaClock?> _loaded = [];
    private readonly SemaphoreSlim _loading = new(1, 1);

    public static SlaClockBatch For(IResolveFieldContext context) =>
        ((MilestoneUserContext)context.UserContext).Shared(() => new SlaClockBatch(context.OpenQuerySession));

    /// <summary>The request's SLA as it stands at <paramref name="now"/>, once the batch is loaded; null for a request without clocks.</summary>
    public IDataLoaderResult<RequestSla?> SlaOf(Guid requestId, DateTimeOffset now)
    {
        lock (_asked)
        {
            _asked.Add(requestId);
        }

        return new Pending(this, requestId, now);
    }

    private async Task<SlaClock?> GetAsync(Guid requestId, CancellationToken cancellation)
    {
        await _loading.WaitAsync(cancellation);
        try
        {
            if (!_loaded.TryGetValue(requestId, out var clock))
            {
                await LoadAskedAsync(cancellation);
                clock = _loaded.GetValueOrDefault(requestId);
            }

            return clock;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task LoadAskedAsync(CancellationToken cancellation)
    {
        Guid[] batch;
        lock (_asked)
        {
            batch = [.. _asked.Where(requestId => !_loaded.ContainsKey(requestId))];
        }

        await using var session = openSession();
        var clocks = (await session.LoadManyAsync<SlaClock>(cancellation, batch.Select(SlaClock.IdFor))).ToDictionary(clock => clock.RequestId);
        foreach (var requestId in batch)
        {
            _loaded[requestId] = clocks.GetValueOrDefault(requestId);
        }
    }

    private sealed class Pending(SlaClockBatch batch, Guid requestId, DateTimeOffset now) : IDataLoaderResult<RequestSla?>
    {
        public async Task<RequestSla?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await batch.GetAsync(requestId, cancellationToken) is { } clock ? new RequestSla(clock, now) : null;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
