namespace Milestone.Api.Messages;

/// <summary>Everything on the request posted until now counts as read by the actor.</summary>
public sealed record MarkMessagesRead(Guid RequestId, Actor Actor) : IActorCommand;

public static class MarkMessagesReadHandler
{
    public static IMartenOp Handle(MarkMessagesRead command, [ReadAggregate] Request request, TimeProvider time)
    {
        request.ConfirmVisibleTo(command.Actor);
        var reader = command.Actor.PersonId;
        return MartenOps.Store(new MessageReadMarker(MessageReadMarker.IdFor(reader, request.Id), reader, request.Id, time.GetUtcNow()));
    }
}
