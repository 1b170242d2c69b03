using JasperFx.Events.Projections;
using Milestone.Projections.Activity;
using Milestone.Projections.HourBanks;
using Milestone.Projections.Messages;
using Milestone.Projections.Notifications;
using Milestone.Domain.Billing;
using Milestone.Domain.PortalLinks;
using Milestone.Domain.Projects;
using Milestone.Projections.Organisations;
using Milestone.Domain.Reports;
using Milestone.Projections.People;
using Milestone.Projections.Progress;
using Milestone.Projections.Reporting;
using Milestone.Projections.Sla;
using Milestone.Projections.Worklogs;

namespace Milestone.Projections;

/// <summary>Every projection Milestone keeps, with the indexes its documents are looked up by.</summary>
public static class Configuration
{
    public static StoreOptions AddMilestoneProjections(this StoreOptions options)
    {
        options.Projections.Add<ClientOrganisationDetailsProjection>(ProjectionLifecycle.Inline);

        // A person and a request are folded from their streams whenever the write side needs them; readers use
        // PersonAccount and RequestDetails instead.
        options.Projections.Add(new WriteModelProjection<Person>(Person.Evolve), ProjectionLifecycle.Live);
        options.Projections.Add<PersonAccountProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PersonAccount>()
            .UniqueIndex(account => account.NormalizedEmail)
            .Index(account => account.ClientId);

        options.Projections.Add(new WriteModelProjection<Request>(Request.Evolve), ProjectionLifecycle.Live);
        options.Projections.Add<RequestDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<RequestDetails>()
            .Index(request => request.ClientId)
            .Index(request => request.AssigneeId)
            .Index(request => request.ProjectId)
            .Duplicate(request => request.LastChangedAt)
            .Duplicate(request => request.UrgencyRank)
            .FullTextIndex(request => request.Title, request => request.Description);

        options.Projections.Add<MessageViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MessageView>().Index(message => message.RequestId);
        options.Schema.For<MessageReadMarker>();

        // After the people, requests and messages it reads, in the same transaction and on a rebuild.
        options.Projections.Add(new UnreadMessagesProjection(), ProjectionLifecycle.Inline);

        // Written by the notifier from the events it follows; read newest first per person, and per digest due.
        options.Schema.For<Notification>()
            .Duplicate(notification => notification.PersonId)
            .Duplicate(notification => notification.At)
            .Duplicate(notification => notification.DigestDueAt);

        options.Projections.Add<WorklogViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<WorklogView>()
            .Index(worklog => worklog.RequestId)
            .Index(worklog => worklog.ProjectId)
            .Index(worklog => worklog.AgentId);

        options.Projections.Add<ActivityProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ActivityEntry>()
            .Index(entry => entry.ClientId)
            .Index(entry => entry.RequestId)
            .Duplicate(entry => entry.At);

        // Each request's clock is kept as a document: the clock handlers load it to decide, the request's
        // sla field reads it, and queues sort and filter by its standing. Policies and business calendars are
        // kept in their current version; policies for the administrators' lists and for starting clocks.
        options.Projections.Add(new WriteModelProjection<SlaClock>(SlaClock.Evolve), ProjectionLifecycle.Inline);
        options.Projections.Add(new WriteModelProjection<SlaPolicy>(SlaPolicy.Evolve), ProjectionLifecycle.Inline);
        options.Projections.Add(
            new WriteModelProjection<BusinessCalendarDefinition>(BusinessCalendarDefinition.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<SlaClock>()
            .Duplicate(clock => clock.RequestId, configure: index => index.IsUnique = true)
            .Duplicate(clock => clock.Standing)
            .Duplicate(clock => clock.NextDueAt);
        options.Schema.For<SlaFollowing>().UseOptimisticConcurrency(true);

        // Kept as a document so that a posting decides on the bank as it stands instead of folding a long
        // ledger each time; the GraphQL fields read its terms and credits.
        options.Projections.Add(new WriteModelProjection<HourBank>(HourBank.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<HourBank>().UniqueIndex(bank => bank.ClientId);

        // Each worklog's debit beside the bank, found by the worklog's id: a posting reads the one it is about
        // instead of a bank document that would carry every debit ever posted.
        options.Projections.Add<BankDebitProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<BankDebit>().Identity(debit => debit.WorklogId).Duplicate(debit => debit.BankId).Duplicate(debit => debit.WorkDate);

        // Each bank's local months, for balances and statements' openings that read months instead of the ledger.
        options.Projections.Add<HourBankMonthProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<HourBankMonth>().Duplicate(month => month.BankId).Duplicate(month => month.Month);

        // Each bank's statement lines by instant, read by bank and time: a month's statement, a forecast's window.
        options.Projections.Add<HourBankInstantProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<HourBankInstant>()
            .Duplicate(instant => instant.BankId)
            .Duplicate(instant => instant.At)
            .Index([instant => instant.BankId, instant => instant.At]);

        // Each team as it stands, for the administrators' lists and the team decisions.
        options.Projections.Add(new WriteModelProjection<Team>(Team.Evolve), ProjectionLifecycle.Inline);

        // Each review link as it stands: opened by its secret's hash, listed per client.
        options.Projections.Add(new WriteModelProjection<ReportLink>(ReportLink.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<ReportLink>().UniqueIndex(link => link.TokenHash).Index(link => link.ClientId);
        options.Projections.Add(new WriteModelProjection<PortalLink>(PortalLink.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<PortalLink>().UniqueIndex(link => link.TokenHash).Index(link => link.ClientId);

        // Invoices are read as they stand (lists by client, the invoice itself); the numbering is folded when issuing.
        options.Projections.Add(new WriteModelProjection<Invoice>(Invoice.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<Invoice>().Index(invoice => invoice.ClientId);
        options.Projections.Add(new WriteModelProjection<InvoiceNumbering>(InvoiceNumbering.Evolve), ProjectionLifecycle.Live);
        options.Projections.Add(new WriteModelProjection<HourOffer>(HourOffer.Evolve), ProjectionLifecycle.Inline);
        options.Projections.Add(new WriteModelProjection<HourPurchase>(HourPurchase.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<HourPurchase>().Index(purchase => purchase.ClientId);

        // Appointments and each technician's schedule as they stand: lists by client, free slots, the technician's day.
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.Appointments.AppointmentService>(Milestone.Domain.Appointments.AppointmentService.Evolve), ProjectionLifecycle.Inline);
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.Appointments.Appointment>(Milestone.Domain.Appointments.Appointment.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<Milestone.Domain.Appointments.Appointment>().Index(appointment => appointment.ClientId).Index(appointment => appointment.TechnicianId);
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.Appointments.TechnicianSchedule>(Milestone.Domain.Appointments.TechnicianSchedule.Evolve), ProjectionLifecycle.Inline);

        // Projects as they stand, listed by client; the numbering is folded when a project is created.
        options.Projections.Add(new WriteModelProjection<Project>(Project.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<Project>().Index(project => project.ClientId);
        options.Projections.Add(new WriteModelProjection<ProjectNumbering>(ProjectNumbering.Evolve), ProjectionLifecycle.Live);

        // Articles as they stand: lists, the article itself, and full-text search over their revisions (ArticleSearch).
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.KnowledgeBase.Article>(Milestone.Domain.KnowledgeBase.Article.Evolve), ProjectionLifecycle.Inline);

        // Each client's locations and assets as they stand, listed by client; an asset's requests are found on the request.
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.Locations.Location>(Milestone.Domain.Locations.Location.Evolve), ProjectionLifecycle.Inline);
        // The decisions check a name or tag is free; these indexes hold it when two commands decide at once (decision 0051).
        options.Schema.For<Milestone.Domain.Locations.Location>()
            .Index(location => location.ClientId)
            .Index([location => location.ClientId, location => location.Name], index =>
            {
                index.IsUnique = true;
                index.Casing = Marten.Schema.ComputedIndex.Casings.Lower;
                index.Predicate = "(data ->> 'closedAt') is null";
                index.Name = "mt_doc_location_uidx_open_name";
            });
        options.Projections.Add(new WriteModelProjection<Milestone.Domain.Assets.Asset>(Milestone.Domain.Assets.Asset.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<Milestone.Domain.Assets.Asset>()
            .Index(asset => asset.ClientId)
            .Index([asset => asset.ClientId, asset => asset.Details.Tag!], index =>
            {
                index.IsUnique = true;
                index.Casing = Marten.Schema.ComputedIndex.Casings.Lower;
                index.Name = "mt_doc_asset_uidx_client_tag";
            });

        // Asynchronous: report builders read minutes-old figures happily, and keeping the tables off the
        // write path keeps them from slowing or failing a command.
        options.Projections.Add(new RequestReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new SlaCycleReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new LedgerReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new WorklogReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new MessageReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new TeamReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new DirectoryReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new InvoiceReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new ProjectReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new SelfServiceReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new SiteReportingProjection(), ProjectionLifecycle.Async);
        options.Storage.Add(new AsyncReadModelGuard(options));
        return options;
    }

    /// <summary>The projections that keep the <c>reporting</c> tables, whose progress tells how far those tables trail.</summary>
    public static readonly string[] ReportingProjectionNames =
    [
        RequestReportingProjection.ProjectionName,
        SlaCycleReportingProjection.ProjectionName,
        LedgerReportingProjection.ProjectionName,
        WorklogReportingProjection.ProjectionName,
        MessageReportingProjection.ProjectionName,
        TeamReportingProjection.ProjectionName,
        DirectoryReportingProjection.ProjectionName,
        InvoiceReportingProjection.ProjectionName,
        ProjectReportingProjection.ProjectionName,
        SiteReportingProjection.ProjectionName,
        SelfServiceReportingProjection.ProjectionName,
    ];
}
