using Milestone.Api.Live;

namespace Milestone.Api.Messages;

public static class MessageSubscriptions
{
    public static void AddMessageSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<MessageType>>("messageAdded")
            .Description("Each new message on a request as it is posted. Client users receive public replies only.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveStreamAsync(async context =>
            {
                var caller = context.Caller();
                var requestId = (await context.VisibleRequestAsync(caller)).Id;
                return new LiveStream<MessageView>(
                    context,
                    caller,
                    change => change.RequestId == requestId && change.Data is MessagePosted,
                    async (current, change, session, cancellation) =>
                        await session.RequestsVisibleTo(current).AnyAsync(request => request.Id == requestId, cancellation)
                            ? await session.MessagesVisibleTo(current, [requestId])
                                .FirstOrDefaultAsync(message => message.Id == ((MessagePosted)change.Data).MessageId, cancellation)
                            : null);
            });
    }
}
