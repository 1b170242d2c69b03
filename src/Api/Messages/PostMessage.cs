namespace Milestone.Api.Messages;

/// <summary>
/// A reply on a request, or for staff an internal note. The key is the caller's, for this request only
/// (<see cref="CallerKeys"/>): a retry under it posts nothing twice, and the message's id is derived from it.
/// </summary>
public sealed record PostMessage(Guid RequestId, Actor Actor, [IdempotencyKey("clientMessageId")] string Key, string Body, bool Internal) : IActorCommand
{
    public Guid MessageId => CallerKeys.MessageId(RequestId, Actor, Key);
}

public static class PostMessageHandler
{
    public static Events Handle(PostMessage command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.PostMessage(command.Actor, command.Key, command.Body, command.Internal, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
