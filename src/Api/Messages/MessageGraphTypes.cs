namespace Milestone.Api.Messages;

public sealed class MessageType : NodeGraphType<MessageView>
{
    public MessageType()
        : base("Message", "A reply on a request, or (staff only) an internal note.", message => message.Id)
    {
        Field(message => message.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<RequestType>("request").Description("The request it is on.").Resolve(context => context.LinkedRequest(context.Source.RequestId));
        Field(message => message.AuthorId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ParticipantInterface>("author")
            .Description("Who wrote it. Client users see the MSP's staff as a StaffMember.")
            .Resolve(context => context.Participant(context.Source.AuthorId));
        Field(message => message.ByStaff).Description("Written by the MSP's team rather than the client.");
        Field(message => message.Internal).Description("An internal note: never shown to client users.");
        Field<StringGraphType>("body")
            .Description("What it says now; null once deleted, except to staff.")
            .Resolve(context => context.Source.DeletedAt is null || context.Caller().IsStaff ? context.Source.Body : null);
        Field(message => message.PostedAt);
        Field(message => message.EditedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("edited").Resolve(context => context.Source.EditedAt is not null);
        Field<NonNullGraphType<BooleanGraphType>>("deleted").Resolve(context => context.Source.DeletedAt is not null);
        Field<ListGraphType<NonNullGraphType<PriorVersionType>>>("priorVersions")
            .Description("What it said before each edit; staff only (null for client users).")
            .ListSize(5)
            .Resolve(context => context.Caller().IsStaff ? context.Source.PriorVersions : null);
    }
}

public sealed class PriorVersionType : ObjectGraphType<PriorVersion>
{
    public PriorVersionType()
    {
        Name = "PriorVersion";
        Field(version => version.Body);
        Field(version => version.ReplacedAt);
    }
}

public sealed record UnreadMessages(int Total, IReadOnlyList<UnreadOnRequest> Requests);

public sealed record UnreadOnRequest(Guid RequestId, int Count);

public sealed class UnreadMessagesType : ObjectGraphType<UnreadMessages>
{
    public UnreadMessagesType()
    {
        Name = "UnreadMessages";
        Field(unread => unread.Total);
        Field(unread => unread.Requests, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UnreadOnRequestType>>>))
            .Description("The requests with unread messages, most unread first.");
    }
}

public sealed class UnreadOnRequestType : ObjectGraphType<UnreadOnRequest>
{
    public UnreadOnRequestType()
    {
        Name = "UnreadOnRequest";
        Field(unread => unread.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(unread => unread.Count);
    }
}
