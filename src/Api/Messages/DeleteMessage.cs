namespace Milestone.Api.Messages;

public sealed record DeleteMessage(Guid RequestId, Actor Actor, Guid MessageId) : IActorCommand;

public static class DeleteMessageHandler
{
    public static Events Handle(DeleteMessage command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.DeleteMessage(command.Actor, command.MessageId, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
