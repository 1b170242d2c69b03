using Milestone.Api.Appointments;
using Milestone.Api.KnowledgeBase;
using Milestone.Api.Projects;
using Milestone.Api.Activity;
using Milestone.Api.Billing;
using Milestone.Api.Jira;
using Milestone.Api.Notifications;
using Milestone.Api.PortalLinks;
using Milestone.Api.Reports;
using Milestone.Api.Teams;
using Milestone.Api.Worklogs;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneQuery : ObjectGraphType
{
    public MilestoneQuery()
    {
        Name = "Query";
        this.AddPeopleQueries();
        this.AddTeamQueries();
        this.AddReportLinkQueries();
        this.AddPortalLinkQueries();
        this.AddNotificationQueries();
        this.AddInvoiceQueries();
        this.AddHourOfferQueries();
        this.AddBillingUsageQuery();
        this.AddAppointmentQueries();
        this.AddProjectQueries();
        this.AddArticleQueries();
        this.AddLocationQueries();
        this.AddAssetQueries();
        this.AddClientOrganisationQueries();
        this.AddRequestQueries();
        this.AddHistoryQueries();
        this.AddMessageQueries();
        this.AddWorklogQueries();
        this.AddActivityQueries();
        this.AddSlaQueries();
        this.AddSlaComplianceQuery();
        this.AddHourBankQueries();
        this.AddJiraQueries();
        this.AddInsightQueries();
        this.AddNodeQueries();
    }
}
