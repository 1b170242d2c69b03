namespace Milestone.Api.Requests;

/// <summary>Begin work on a submitted request, or resume it after waiting on the client.</summary>
public sealed record StartWork(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor) : IRequestChange;

public static class StartWorkHandler
{
    public static Events Handle(StartWork command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).StartWork(command.Actor, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
