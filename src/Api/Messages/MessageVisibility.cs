using Marten;
using Milestone.Api.Identity;
using Milestone.Projections.Messages;

namespace Milestone.Api.Messages;

public static class MessageVisibility
{
    /// <summary>The messages of these requests the caller may read: client users never see internal notes.</summary>
    public static IQueryable<MessageView> MessagesVisibleTo(this IQuerySession session, Caller caller, IReadOnlyCollection<Guid> requestIds)
    {
        var messages = session.Query<MessageView>().Where(message => requestIds.Contains(message.RequestId));
        return caller.IsStaff ? messages : messages.Where(message => !message.Internal);
    }
}
