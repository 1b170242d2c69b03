namespace Milestone.Api.Requests;

/// <summary>Say what kind of work (service or category) the request is.</summary>
public sealed record CategoriseRequest(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, string Category) : IRequestChange;

public static class CategoriseRequestHandler
{
    public static Events Handle(CategoriseRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).Categorise(command.Actor, command.Category, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
