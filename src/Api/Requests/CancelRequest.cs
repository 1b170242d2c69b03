namespace Milestone.Api.Requests;

/// <summary>Withdraw a request that is still open.</summary>
public sealed record CancelRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string Reason) : IRequestChange;

public static class CancelRequestHandler
{
    public static Events Handle(CancelRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Cancel(command.Actor, command.Reason, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
