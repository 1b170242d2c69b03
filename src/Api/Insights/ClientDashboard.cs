using Milestone.Api.Activity;
using Milestone.Projections.Activity;

namespace Milestone.Api.Insights;

public sealed record ClientDashboard(Guid ClientId, Caller Caller, DateTimeOffset Now);

/// <summary>One month of a client, organisation-wide, from the reporting tables.</summary>
public sealed record MonthlySummary(string Month, FlowFigures Flow, HourFigures Hours, SlaFigures Sla, long EventsBehind);

public sealed class ClientDashboardType : ObjectGraphType<ClientDashboard>
{
    private const int MaxActivity = 50;

    public ClientDashboardType()
    {
        Name = "ClientDashboard";
        Field(dashboard => dashboard.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("openRequests")
            .Description("Requests not completed or cancelled that the caller may see, oldest first; each has its live SLA colour under sla.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var dashboard = context.Source;
                return await session.RequestsVisibleTo(dashboard.Caller)
                    .Where(request => request.ClientId == dashboard.ClientId && request.Status != RequestStatus.Completed && request.Status != RequestStatus.Cancelled)
                    .OrderBy(request => request.SubmittedAt)
                    .ToListAsync(context.CancellationToken);
            });
        Field<HourBankType>("hourBank")
            .Description("Hours remaining now; null without a bank.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.BankNowAsync(context.Source.ClientId, context.Source.Now, context.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Appointments.AppointmentType>>>>("upcomingAppointments").ListSize(10)
            .Description("Pending and approved appointments that have not begun, soonest first, at most 10.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var dashboard = context.Source;
                var appointments = await session.Query<Appointment>()
                    .Where(appointment => appointment.ClientId == dashboard.ClientId && appointment.Start > dashboard.Now
                        && (appointment.Status == AppointmentStatus.Pending || appointment.Status == AppointmentStatus.Approved))
                    .OrderBy(appointment => appointment.Start)
                    .Take(10)
                    .ToListAsync(context.CancellationToken);
                return appointments.ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Projects.ProjectType>>>>("openProjects").ListSize(10)
            .Description("Projects planned, active or on hold, by start date, at most 10.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var clientId = context.Source.ClientId;
                var projects = await session.Query<Project>()
                    .Where(project => project.ClientId == clientId
                        && (project.Status == ProjectStatus.Planned || project.Status == ProjectStatus.Active || project.Status == ProjectStatus.OnHold))
                    .OrderBy(project => project.StartDate)
                    .Take(10)
                    .ToListAsync(context.CancellationToken);
                return projects.ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Billing.InvoiceType>>>>("pendingInvoices").ListSize(10)
            .Description("Issued invoices still owed, oldest due first, for those who see the client's invoices (its administrators and staff); empty for others.")
            .ResolveAsync(async context =>
            {
                var actor = context.Source.Caller.AsActor();
                await using var session = context.OpenQuerySession();
                var invoices = await session.Query<Milestone.Domain.Billing.Invoice>().Where(invoice => invoice.ClientId == context.Source.ClientId).ToListAsync(context.CancellationToken);
                return invoices.Where(invoice => invoice.Outstanding > 0 && invoice.IsVisibleTo(actor)).OrderBy(invoice => invoice.DueOn).Take(10).ToList();
            });
        Field<HourBankForecastType>("hourBankForecast")
            .Description("When the bank runs dry at recent rates; null without a bank.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.ForecastAsync(context.Source.ClientId, context.Source.Now, context.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEntryType>>>>("recentActivity")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int>("first");
                if (first is < 1 or > MaxActivity)
                {
                    throw Refusals.Invalid("first", $"first must be between 1 and {MaxActivity}.");
                }

                await using var session = context.OpenQuerySession();
                var dashboard = context.Source;
                var requestIds = await session.RequestsVisibleTo(dashboard.Caller).Where(request => request.ClientId == dashboard.ClientId)
                    .Select(request => request.Id).ToListAsync(context.CancellationToken);
                return await session.Query<ActivityEntry>().Where(entry => requestIds.Contains(entry.RequestId))
                    .OrderByDescending(entry => entry.At).Take(first).ToListAsync(context.CancellationToken);
            });
        Field<NonNullGraphType<MonthlySummaryType>>("monthlySummary")
            .Description("Requests opened and closed, hours used and SLA attainment in a month (yyyy-MM, from local midnight of the 1st in the client's time zone), for the whole organisation.")
            .Argument<NonNullGraphType<StringGraphType>>("month")
            .ResolveAsync(async context =>
            {
                var month = HourBankLedger.ParseMonth(context.GetArgument<string>("month")) ?? throw Refusals.Invalid("month", "Give the month as yyyy-MM.");
                var dashboard = context.Source;
                var zone = await context.Service<InsightZones>().OfClientAsync(dashboard.ClientId, context.CancellationToken);
                var scope = new InsightScope(month, month.AddMonths(1).AddDays(-1), [dashboard.ClientId], dashboard.Now, zone);
                var sql = context.Service<ReportingSql>();
                return new MonthlySummary(
                    month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    await sql.FlowAsync(scope, context.CancellationToken),
                    await sql.HoursAsync(scope, context.CancellationToken),
                    await sql.SlaAsync(scope, context.CancellationToken),
                    await context.Service<ReportingLag>().EventsBehindAsync(context.CancellationToken));
            });
    }
}

public sealed class MonthlySummaryType : ObjectGraphType<MonthlySummary>
{
    public MonthlySummaryType()
    {
        Name = "MonthlySummary";
        Field(summary => summary.Month);
        Field(summary => summary.Flow, type: typeof(NonNullGraphType<FlowFiguresType>)).Description("Opened, closed (completed + cancelled), reopened.");
        Field(summary => summary.Hours, type: typeof(NonNullGraphType<HourFiguresType>)).Description("usedMinutes is what the hour bank was drawn; loggedMinutes all time logged.");
        Field(summary => summary.Sla, type: typeof(NonNullGraphType<SlaFiguresType>));
        Field(summary => summary.EventsBehind).Description("Events not yet in these figures; 0 when up to date.");
    }
}
