namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.messages</c>: who wrote on which request, when, on which side and whether internally.
/// Never the body: report builders count conversations, they do not read them.
/// </summary>
public sealed class MessageReportingProjection : EntityRowProjection
{
    public const string ProjectionName = "ReportingMessages";

    public MessageReportingProjection()
        : base(ProjectionName, ReportingTable.Messages, "message_id")
    {
        MarkRow<MessagePosted>(
            posted => posted.MessageId,
            "Posted",
            posted => posted.PostedAt,
            map =>
            {
                map.Map(posted => posted.RequestId);
                map.Map(posted => posted.ClientId);
                map.Map(posted => posted.AuthorId);
                map.Map(posted => posted.ByStaff);
                map.Map(posted => posted.Internal);
                map.Map(posted => posted.PostedAt);
            });
        MarkRow<MessageEdited>(edited => edited.MessageId, "Edited", edited => edited.EditedAt);
        MarkRow<MessageDeleted>(deleted => deleted.MessageId, "Deleted", deleted => deleted.DeletedAt);
    }
}
