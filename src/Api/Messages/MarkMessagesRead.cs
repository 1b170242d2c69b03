namespace Milestone.Api.Messages;

/// <summary>Everything on the request posted until now counts as read by the actor.</summary>
public sealed record MarkMessagesRead(Guid RequestId, Actor Actor) : IActorCommand;

public static class MarkMessagesReadHandler
{
    public static (IMartenOp Marker, IMartenOp Cleared) Handle(MarkMessagesRead command, [ReadAggregate] Request request, TimeProvider time)
    {
        request.ConfirmVisibleTo(command.Actor);
        var reader = command.Actor.PersonId;
        return (
            MartenOps.Store(new MessageReadMarker(MessageReadMarker.IdFor(reader, request.Id), reader, request.Id, time.GetUtcNow())),
            new UnreadMessagesCleared(reader, request.Id));
    }
}

/// <summary>The reader's unread count on the request goes back to nothing, in the marker's own transaction.</summary>
public sealed record UnreadMessagesCleared(Guid PersonId, Guid RequestId) : IMartenOp
{
    public void Execute(IDocumentSession session) => UnreadMessagesProjection.Clear(session, PersonId, RequestId);
}
