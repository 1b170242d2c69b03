namespace Milestone.Api.Worklogs;

public sealed record DeleteWorklog(Guid RequestId, Actor Actor, Guid WorklogId) : IActorCommand;

public static class DeleteWorklogHandler
{
    public static Events Handle(DeleteWorklog command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.DeleteWorklog(command.Actor, command.WorklogId, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
