namespace Milestone.Api.Messages;

public sealed record EditMessage(Guid RequestId, Actor Actor, Guid MessageId, string Body) : IActorCommand;

public static class EditMessageHandler
{
    public static Events Handle(EditMessage command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.EditMessage(command.Actor, command.MessageId, command.Body, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
