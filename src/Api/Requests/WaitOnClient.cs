namespace Milestone.Api.Requests;

/// <summary>Put a request on hold until the client answers; SLA clocks pause.</summary>
public sealed record WaitOnClient(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string Reason) : IRequestChange;

public static class WaitOnClientHandler
{
    public static Events Handle(WaitOnClient command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).WaitOnClient(command.Actor, command.Reason, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
