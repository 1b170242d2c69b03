using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Milestone.Projections.Messages;

/// <summary>
/// Keeps <c>milestone.unread_messages</c>: per person and request, how many messages by others they have not read,
/// so a person's unread messages cost a read of their own rows, not of every conversation they may see
/// (decision 0044). A message counts for the people it was posted to: the active staff whose scope holds the
/// client, and for a public reply also the client's administrators and the request's submitter and the people it
/// is shared with; never its author, nor anyone who had already read past it. Reading a request's conversation
/// clears the person's row; withdrawing a message takes it back from those who had not read it.
/// </summary>
public sealed partial class UnreadMessagesProjection : EventProjection
{
    public const string ProjectionName = "UnreadMessages";

    public const string Table = Storage.SchemaName + ".unread_messages";

    private const string People = Storage.SchemaName + ".mt_doc_personaccount";
    private const string Requests = Storage.SchemaName + ".mt_doc_requestdetails";
    private const string Messages = Storage.SchemaName + ".mt_doc_messageview";
    private const string ReadMarkers = Storage.SchemaName + ".mt_doc_messagereadmarker";

    /// <summary>The same expression as Marten's index on the person's client, so the audience is found through it.</summary>
    private const string ClientOfPerson = "CAST(p.data ->> 'clientId' as uuid)";

    public UnreadMessagesProjection()
    {
        Name = ProjectionName;
        var table = new Table(new PostgresqlObjectName(Storage.SchemaName, "unread_messages", SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("person_id").AsPrimaryKey();
        table.AddColumn<Guid>("request_id").AsPrimaryKey();
        table.AddColumn<int>("unread").NotNull();
        SchemaObjects.Add(table);
        Options.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
    }

    public static void Project(MessagePosted posted, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {Table} (person_id, request_id, unread)
        select p.id, r.id, 1
        from {Requests} r join {People} p on p.data ->> 'status' = 'Active' and p.id <> ?
        where r.id = ?
          and ({ClientOfPerson} is null and (p.data ->> 'role' in ('Admin', 'Executive') or jsonb_typeof(p.data -> 'clientScope') is distinct from 'array' or p.data -> 'clientScope' @> to_jsonb(?::text))
            or not ? and {ClientOfPerson} = ? and (p.data ->> 'role' = 'ClientAdmin' or p.id = (r.data ->> 'submittedBy')::uuid or r.data -> 'sharedWith' @> to_jsonb(p.id::text)))
          and not exists (select 1 from {ReadMarkers} k where k.id = {MarkerId("p.id", "r.id")} and (k.data ->> 'readUpTo')::timestamptz >= ?)
        on conflict (person_id, request_id) do update set unread = {Table}.unread + 1
        """,
        posted.AuthorId, posted.RequestId, posted.ClientId.ToString(), posted.Internal, posted.ClientId, posted.PostedAt);

    public static void Project(MessageDeleted deleted, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {Table} u set unread = u.unread - 1
        from {Messages} m, {People} p
        where m.id = ? and u.request_id = ? and u.unread > 0 and p.id = u.person_id
          and u.person_id <> (m.data ->> 'authorId')::uuid
          and (not ? or {ClientOfPerson} is null)
          and not exists (select 1 from {ReadMarkers} k where k.id = {MarkerId("u.person_id", "u.request_id")} and (k.data ->> 'readUpTo')::timestamptz >= (m.data ->> 'postedAt')::timestamptz)
        """,
        deleted.MessageId, deleted.RequestId, deleted.Internal);

    /// <summary>Everything on the request counts as read by the person.</summary>
    public static void Clear(IDocumentOperations operations, Guid personId, Guid requestId) =>
        operations.QueueSqlCommand($"delete from {Table} where person_id = ? and request_id = ?", personId, requestId);

    /// <summary><see cref="MessageReadMarker.IdFor"/>, in SQL.</summary>
    private static string MarkerId(string personId, string requestId) => $"replace({personId}::text, '-', '') || ':' || replace({requestId}::text, '-', '')";
}
