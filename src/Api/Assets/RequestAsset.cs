using JasperFx.Events;

namespace Milestone.Api.Assets;

/// <summary>
/// A client user asks for a new asset: it becomes a request of the "Asset request" category under the normal SLA. The
/// request's id comes from the caller's idempotency key, so a retry finds the request it made instead of making another.
/// </summary>
public sealed record RequestAsset(Actor Actor, [IdempotencyKey("idempotencyKey")] string Key, AssetKind Kind, string Reason, Guid? LocationId, Urgency Urgency)
    : IActorCommand
{
    public Guid RequestId => CallerKeys.AssetRequestId(Actor, Key);
}

public static class RequestAssetHandler
{
    /// <summary>The same key sent twice at once: the one that loses decides again and finds the request the other made.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task Handle(
        RequestAsset command,
        [WriteAggregate(nameof(RequestAsset.RequestId), Required = false)] IEventStream<Request> request,
        IQuerySession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        CallerKeys.RequireValid(command.Key, "idempotencyKey");
        var named = command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;
        var submitters = await session.SubmittersLocationAsync(command.Actor, cancellation);
        request.AppendMany(Request.RequestAsset(
            command.Actor, command.RequestId, command.Kind, command.Reason, command.LocationId, named, submitters, command.Urgency, time.GetUtcNow(), request.Aggregate));
    }
}
