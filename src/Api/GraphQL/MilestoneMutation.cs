using Milestone.Api.Appointments;
using Milestone.Api.KnowledgeBase;
using Milestone.Api.Projects;
using Milestone.Api.Billing;
using Milestone.Api.Jira;
using Milestone.Api.Notifications;
using Milestone.Api.PortalLinks;
using Milestone.Api.Profile;
using Milestone.Api.Reports;
using Milestone.Api.Teams;
using Milestone.Api.Worklogs;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneMutation : ObjectGraphType
{
    public MilestoneMutation()
    {
        Name = "Mutation";
        this.AddSessionMutations();
        this.AddTwoFactorMutations();
        this.AddPasswordResetMutations();
        this.AddPeopleMutations();
        this.AddClientOrganisationMutations();
        this.AddSlaMutations();
        this.AddRequestMutations();
        this.AddRequestChangeMutations();
        this.AddMessageMutations();
        this.AddWorklogMutations();
        this.AddHourBankMutations();
        this.AddJiraMutations();
        this.AddTeamMutations();
        this.AddReportLinkMutations();
        this.AddPortalLinkMutations();
        this.AddNotificationMutations();
        this.AddInvoiceMutations();
        this.AddPayInvoiceOnlineMutation();
        this.AddAppointmentMutations();
        this.AddProjectMutations();
        this.AddArticleMutations();
        this.AddLocationMutations();
        this.AddAssetMutations();
        this.AddHourOfferMutations();
        this.AddProfileMutations();
    }
}
