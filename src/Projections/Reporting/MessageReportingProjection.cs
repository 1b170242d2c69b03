using Marten.Events.Projections.Flattened;
using Milestone.Domain.Requests;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.messages</c>: who wrote on which request, when, on which side and whether internally.
/// Never the body: report builders count conversations, they do not read them.
/// </summary>
public sealed class MessageReportingProjection : FlatTableProjection
{
    public const string ProjectionName = "ReportingMessages";

    public MessageReportingProjection()
        : base(ReportingTable.Name(ReportingTable.Messages))
    {
        Name = ProjectionName;
        Table.AddColumn<Guid>("message_id").AsPrimaryKey();
        Project<MessagePosted>(
            map =>
            {
                map.Map(posted => posted.RequestId);
                map.Map(posted => posted.ClientId);
                map.Map(posted => posted.AuthorId);
                map.Map(posted => posted.ByStaff);
                map.Map(posted => posted.Internal);
                map.Map(posted => posted.PostedAt);
                map.Map(posted => posted.PostedAt, "changed_at");
                map.SetValue("state", "Posted");
            },
            posted => posted.MessageId);
        Project<MessageEdited>(
            map =>
            {
                map.Map(edited => edited.EditedAt, "changed_at");
                map.SetValue("state", "Edited");
            },
            edited => edited.MessageId);
        Project<MessageDeleted>(
            map =>
            {
                map.Map(deleted => deleted.DeletedAt, "changed_at");
                map.SetValue("state", "Deleted");
            },
            deleted => deleted.MessageId);
    }
}
