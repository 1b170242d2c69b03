namespace Milestone.Api.Requests;

/// <summary>Mark the work done.</summary>
public sealed record CompleteRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string? OverrideReason) : IRequestChange;

public static class CompleteRequestHandler
{
    public static Events Handle(CompleteRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Complete(command.Actor, command.OverrideReason, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
