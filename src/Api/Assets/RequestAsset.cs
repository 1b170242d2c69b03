namespace Milestone.Api.Assets;

/// <summary>A client user asks for a new asset: it becomes a request of the "Asset request" category under the normal SLA.</summary>
public sealed record RequestAsset([NewId] Guid RequestId, AssetKind Kind, string Reason, Guid? LocationId, Urgency Urgency, Actor Actor) : IActorCommand;

public static class RequestAssetHandler
{
    public static async Task<IStartStream> Handle(RequestAsset command, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var named = command.LocationId is { } locationId ? await session.LoadAsync<Location>(locationId, cancellation) : null;
        var submitters = await session.SubmittersLocationAsync(command.Actor, cancellation);
        object[] events = [.. Request.RequestAsset(command.Actor, command.RequestId, command.Kind, command.Reason, command.LocationId, named, submitters, command.Urgency, time.GetUtcNow())];
        return MartenOps.StartStream<Request>(command.RequestId, events);
    }
}
