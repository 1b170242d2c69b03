using Milestone.Domain.KnowledgeBase;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.self_service</c>: one row each time suggested articles answered a client's question
/// (<c>Answered</c>, with the article) or were passed over by a request submitted anyway (<c>SubmittedAnyway</c>, with
/// the request and how many articles it passed over). The deflection rate is answered ÷ (answered + submitted anyway).
/// </summary>
public sealed partial class SelfServiceReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingSelfService";

    public SelfServiceReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.SelfService, table =>
        {
            table.AddColumn<Guid>("event_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<Guid>("person_id").NotNull();
            table.AddColumn<string>("outcome").NotNull();
            table.AddColumn<Guid>("article_id");
            table.AddColumn<Guid>("request_id");
            table.AddColumn<int>("articles_passed_over").NotNull().DefaultValue(0);
            table.AddColumn<DateTimeOffset>("at").NotNull();
        });
    }

    public static void Project(IEvent<ArticleAnsweredQuestion> e, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.SelfService} (event_id, client_id, person_id, outcome, article_id, at)
        values (?, ?, ?, 'Answered', ?, ?) on conflict (event_id) do nothing
        """,
        e.Id, e.Data.ClientId, e.Data.PersonId, e.Data.ArticleId, e.Data.AnsweredAt);

    public static void Project(IEvent<RequestSubmitted> e, IDocumentOperations operations)
    {
        if (e.Data.PassedOverArticleIds is not { Count: > 0 } passedOver)
        {
            return;
        }

        operations.QueueSqlCommand(
            $"""
            insert into {ReportingTable.SelfService} (event_id, client_id, person_id, outcome, request_id, articles_passed_over, at)
            values (?, ?, ?, 'SubmittedAnyway', ?, ?, ?) on conflict (event_id) do nothing
            """,
            e.Id, e.Data.ClientId, e.Data.SubmittedBy, e.Data.RequestId, passedOver.Count, e.Data.SubmittedAt);
    }
}
