using Milestone.Api.History;
using Milestone.Api.Activity;
using Milestone.Api.HourBanks;
using Milestone.Api.Jira;
using Milestone.Api.Insights;
using Milestone.Api.Messages;
using Milestone.Api.Nodes;
using Milestone.Api.Organisations;
using Milestone.Api.People;
using Milestone.Api.Requests;
using Milestone.Api.Sla;
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
