namespace Milestone.Api.Requests;

public sealed record CompleteWorkItem(Guid RequestId, [Name("version")] int SeenVersion, Actor Actor, Guid WorkItemId) : IRequestChange;

public static class CompleteWorkItemHandler
{
    public static Events Handle(CompleteWorkItem command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).CompleteWorkItem(command.Actor, command.WorkItemId, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
