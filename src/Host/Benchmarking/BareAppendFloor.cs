using Wolverine.Http;
using Wolverine.Marten;

namespace Milestone.Host.Benchmarking;

/// <summary>
/// The framework's own cost, for <c>bench/run</c> to hold every command against: one Wolverine.Http endpoint that
/// starts a new Marten stream with one event (quick append, the transactional outbox, no projection listening),
/// on the same host and database as the product. No caller is checked and nothing is decided, so it is only
/// mapped where <see cref="Setting"/> is on: never in a deployment.
/// </summary>
public static class BareAppendFloor
{
    public const string Setting = "Milestone:Benchmarking:BareAppendFloor";

    public const string Route = "/benchmarking/bare-append";

    [WolverinePost(Route)]
    public static IStartStream Append(TimeProvider time)
    {
        var at = time.GetUtcNow();
        var streamId = Guid.CreateVersion7(at);
        return MartenOps.StartStream<BareAppendStream>(streamId, new BareAppended(streamId, at));
    }

    /// <summary>Leaves the endpoint out of discovery unless the setting turns it on.</summary>
    public static void MapOnlyWhenConfigured(this WolverineHttpOptions http, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            http.CustomizeHttpEndpointDiscovery(endpoints => endpoints.Excludes.WithCondition(nameof(BareAppendFloor), type => type == typeof(BareAppendFloor)));
        }
    }
}

/// <summary>The stream type the floor's events are filed under; nothing projects it.</summary>
public sealed record BareAppendStream(Guid Id);

/// <summary>The floor's one event: as small as an event gets while still saying when it happened.</summary>
public sealed record BareAppended(Guid StreamId, DateTimeOffset At);
