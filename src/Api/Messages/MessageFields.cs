namespace Milestone.Api.Messages;

public static class MessageFields
{
    public static void AddMessageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageType>>>>("requestMessages").ListSize(100)
            .Description("The conversation on a request, oldest first. Client users see public replies only.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var requestId = (await context.VisibleRequestAsync(caller)).Id;
                await using var session = context.OpenQuerySession();
                return await session.MessagesVisibleTo(caller, [requestId]).OrderBy(message => message.PostedAt).ToListAsync(context.CancellationToken);
            });

        query.Field<NonNullGraphType<UnreadMessagesType>>("unreadMessages")
            .Description("Messages by others that the caller has not read yet, on the requests they may see: counted from when they could first see the request.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                var counted = await session.AdvancedSql.QueryAsync<UnreadOnRequest>(
                    $"select jsonb_build_object('requestId', request_id, 'count', unread) from {UnreadMessagesProjection.Table} where person_id = ? and unread > 0",
                    context.CancellationToken,
                    caller.PersonId);
                var countedIds = counted.Select(unread => unread.RequestId).ToList();

                // Counted when posted; shown only on the requests the caller may still see.
                var visible = (await session.RequestsVisibleTo(caller).Where(request => countedIds.Contains(request.Id)).Select(request => request.Id)
                    .ToListAsync(context.CancellationToken)).ToHashSet();
                var perRequest = counted.Where(unread => visible.Contains(unread.RequestId)).OrderByDescending(unread => unread.Count).ToList();
                return new UnreadMessages(perRequest.Sum(unread => unread.Count), perRequest);
            });
    }

    public static void AddMessageMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MessageType>>("postMessage")
            .Description("Reply on a request; staff may set internal to leave a note clients never see. Send idempotencyKey to make a retry safe.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .Argument<BooleanGraphType>("internal", argument => argument.DefaultValue = false)
            .Argument<StringGraphType>("idempotencyKey", argument => argument.Description = CallerKeyFields.Description("message"))
            .Argument<IdGraphType>("clientMessageId", argument => argument.DeprecationReason = "Use idempotencyKey; this is the same key under its old name, not the message's id.")
            .ResolveAsync(context => context.ChangedAsync((PostMessage command) => Message(context, command.RequestId, command.MessageId)));

        mutation.Field<NonNullGraphType<MessageType>>("editMessage")
            .Description("Change the text of your own message; the history keeps what it said.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IdGraphType>>("messageId")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .ResolveAsync(context => context.ChangedAsync((EditMessage command) => Message(context, command.RequestId, command.MessageId)));

        mutation.Field<NonNullGraphType<MessageType>>("deleteMessage")
            .Description("Withdraw your own message; readers see that it was deleted.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IdGraphType>>("messageId")
            .ResolveAsync(context => context.ChangedAsync((DeleteMessage command) => Message(context, command.RequestId, command.MessageId)));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("markMessagesRead")
            .Description("Everything on this request posted until now counts as read by the caller.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async context =>
            {
                await context.InvokeAsync(context.Command<MarkMessagesRead>());
                return true;
            });
    }

    /// <summary>The message as the command left it: its view is written in the command's own transaction.</summary>
    private static async Task<MessageView> Message(IResolveFieldContext context, Guid requestId, Guid messageId)
    {
        await using var session = context.OpenQuerySession();
        return await session.MessagesVisibleTo(context.Caller(), [requestId]).FirstAsync(message => message.Id == messageId, context.CancellationToken);
    }
}
