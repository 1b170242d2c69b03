namespace Milestone.Api.Insights;

/// <summary>Figures for one scope; each field runs its own query, so a dashboard pays only for what it asks.</summary>
public sealed class InsightsType : ObjectGraphType<InsightScope>
{
    public InsightsType()
    {
        Name = "Insights";
        Description = "Leadership's and agents' figures over a span of days, from the reporting tables (asynchronous: see eventsBehind).";
        Field(scope => scope.From).Description("First day counted, in timeZone.");
        Field(scope => scope.To).Description("Last day counted, inclusive.");
        Field(scope => scope.TimeZone).Description("The IANA time zone days and months are counted in: the client's when one is named, else the MSP's.");
        Field<NonNullGraphType<LongGraphType>>("eventsBehind")
            .Description("Events stored but not yet in the reporting tables these figures come from; 0 when they are up to date.")
            .ResolveAsync(async context => await context.Service<ReportingLag>().EventsBehindAsync(context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VolumeLineType>>>>("volume")
            .Description("Requests submitted in the span by period of submission, status now, urgency now and category.")
            .Argument<NonNullGraphType<InsightPeriodType>>("per", argument => argument.DefaultValue = InsightPeriod.Month)
            .ResolveAsync(async context => await context.Service<ReportingSql>().VolumeAsync(
                context.Source, context.GetArgument<InsightPeriod>("per").ToString().ToLowerInvariant(), context.CancellationToken));
        this.AddSpanFigures();
        Field<NonNullGraphType<BacklogFiguresType>>("backlog")
            .Description("Requests open now, whatever the span.")
            .ResolveAsync(async context => await context.Service<ReportingSql>().BacklogAsync(context.Source, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgentPerformanceType>>>>("agents")
            .Description("Agent performance, one line per agent who completed, was credited with an SLA target or logged time in the span.")
            .ResolveAsync(async context => await context.Service<ReportingSql>().AgentsAsync(context.Source, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamPerformanceType>>>>("teams")
            .Description("Team performance, one line per team by name: each member's work counts while they belonged to the team.")
            .ResolveAsync(async context => await context.Service<ReportingSql>().TeamsAsync(context.Source, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientInsightsType>>>>("clients")
            .Description("Per-client analytics and health, for each client in scope that has requests; each counts the same days in its own time zone.")
            .ResolveAsync(async context =>
            {
                var clients = await context.Service<ReportingSql>().ClientsAsync(context.Source, context.CancellationToken);
                var zones = await context.Service<InsightZones>().OfClientsAsync(clients, context.CancellationToken);
                return clients.Select(client => context.Source with { Clients = [client], TimeZone = zones.GetValueOrDefault(client, context.Source.TimeZone) }).ToList();
            });
    }
}

public static class InsightFigures
{
    /// <summary>The figures for the span that the whole scope and each client in it alike give.</summary>
    public static void AddSpanFigures(this ObjectGraphType<InsightScope> type)
    {
        type.Field<NonNullGraphType<FlowFiguresType>>("flow").ResolveAsync(async context => await context.Service<ReportingSql>().FlowAsync(context.Source, context.CancellationToken));
        type.Field<NonNullGraphType<SlaFiguresType>>("sla").ResolveAsync(async context => await context.Service<ReportingSql>().SlaAsync(context.Source, context.CancellationToken));
        type.Field<NonNullGraphType<SelfServiceFiguresType>>("selfService")
            .Description("Knowledge-base deflection: suggested articles that answered a client's question, and requests submitted after suggestions anyway.")
            .ResolveAsync(async context => await context.Service<ReportingSql>().SelfServiceAsync(context.Source, context.CancellationToken));
        type.Field<NonNullGraphType<HourFiguresType>>("hours").ResolveAsync(async context => await context.Service<ReportingSql>().HoursAsync(context.Source, context.CancellationToken));
    }
}

public enum InsightPeriod
{
    Day,
    Week,
    Month,
}

public sealed class InsightPeriodType() : EnumGraphType<InsightPeriod>(name: "InsightPeriod");

public sealed class ClientInsightsType : ObjectGraphType<InsightScope>
{
    public ClientInsightsType()
    {
        Name = "ClientInsights";
        Field<NonNullGraphType<IdGraphType>>("clientId").Resolve(context => context.Source.Clients![0]);
        Field<ClientOrganisationType>("client").Description("The client these figures are for.").Resolve(context => context.Client(context.Source.Clients![0]));
        Field(scope => scope.TimeZone).Description("The client's IANA time zone, which its days are counted in.");
        this.AddSpanFigures();
        Field<NonNullGraphType<BacklogFiguresType>>("backlog").ResolveAsync(async context => await context.Service<ReportingSql>().BacklogAsync(context.Source, context.CancellationToken));
        Field<NonNullGraphType<ClientHealthType>>("health")
            .Description("0–100 from SLA attainment, backlog age, hour-bank cover and reopen rate (docs/insights.md).")
            .ResolveAsync(async context =>
            {
                var clientId = context.Source.Clients![0];
                await using var session = context.OpenQuerySession();
                return await context.Service<ReportingSql>().HealthAsync(context.Source, context.CancellationToken) with
                {
                    WarrantiesEndingSoon = await session.EndingSoonAsync(clientId, await context.ClientTodayAsync(clientId), context.CancellationToken),
                };
            });
    }
}

public sealed class VolumeLineType : ObjectGraphType<VolumeLine>
{
    public VolumeLineType()
    {
        Name = "VolumeLine";
        Field(line => line.Period).Description("First day of the period.");
        Field(line => line.Status);
        Field(line => line.Urgency);
        Field(line => line.Category, nullable: true);
        Field(line => line.Count);
    }
}

public sealed class SelfServiceFiguresType : ObjectGraphType<SelfServiceFigures>
{
    public SelfServiceFiguresType()
    {
        Name = "SelfServiceFigures";
        Field(figures => figures.Answered).Description("Times a suggested article answered a client's question (markArticleAnswered).");
        Field(figures => figures.SubmittedAnyway).Description("Requests submitted after articles were suggested (submitRequest's suggestedArticleIds).");
        Field(figures => figures.DeflectionRatePercent, nullable: true).Description("Answered ÷ (answered + submitted anyway), one decimal.");
    }
}

public sealed class FlowFiguresType : ObjectGraphType<FlowFigures>
{
    public FlowFiguresType()
    {
        Name = "FlowFigures";
        Field(flow => flow.Opened).Description("Requests submitted in the span.");
        Field(flow => flow.Completed).Description("Completions in the span (a request completed twice counts twice).");
        Field(flow => flow.Cancelled);
        Field(flow => flow.Closed).Description("Completed + cancelled.");
        Field(flow => flow.Reopened);
        Field(flow => flow.ReopenRatePercent, nullable: true).Description("Reopened ÷ completed, one decimal.");
    }
}

public sealed class TargetAttainmentType : ObjectGraphType<TargetAttainment>
{
    public TargetAttainmentType()
    {
        Name = "TargetAttainment";
        Field(attainment => attainment.Total);
        Field(attainment => attainment.Met);
        Field(attainment => attainment.AttainmentPercent, nullable: true);
        Field(attainment => attainment.AverageSeconds, nullable: true).Description("Average business time taken.");
    }
}

public sealed class SlaFiguresType : ObjectGraphType<SlaFigures>
{
    public SlaFiguresType()
    {
        Name = "SlaFigures";
        Description = "SLA targets that stopped in the span (cancelled requests' targets never count).";
        Field(sla => sla.Responses, type: typeof(NonNullGraphType<TargetAttainmentType>));
        Field(sla => sla.Resolutions, type: typeof(NonNullGraphType<TargetAttainmentType>));
        Field(sla => sla.AttainmentPercent, nullable: true).Description("All targets together.");
    }
}

public sealed class HourFiguresType : ObjectGraphType<HourFigures>
{
    public HourFiguresType()
    {
        Name = "HourFigures";
        Field(hours => hours.LoggedMinutes).Description("Worklogs by work date.");
        Field(hours => hours.BillableMinutes);
        Field(hours => hours.SoldMinutes).Description("Hour-bank credits: purchases and monthly allocations.");
        Field(hours => hours.UsedMinutes).Description("Hour-bank debits less reversals, in billed minutes.");
        Field(hours => hours.UtilisationPercent, nullable: true).Description("Billable ÷ logged.");
        Field(hours => hours.BurnPercent, nullable: true).Description("Used ÷ sold.");
    }
}

public sealed class BacklogFiguresType : ObjectGraphType<BacklogFigures>
{
    public BacklogFiguresType()
    {
        Name = "BacklogFigures";
        Field(backlog => backlog.Open);
        Field(backlog => backlog.AverageAgeDays, nullable: true).Description("Days since submission, one decimal.");
        Field(backlog => backlog.UnderADay);
        Field(backlog => backlog.UpToAWeek).Description("1 to 7 days.");
        Field(backlog => backlog.UpToTwoWeeks).Description("7 to 14 days.");
        Field(backlog => backlog.OverTwoWeeks).Description("14 days or more: stale.");
    }
}

public sealed class AgentPerformanceType : ObjectGraphType<AgentPerformance>
{
    public AgentPerformanceType()
    {
        Name = "AgentPerformance";
        Field(agent => agent.AgentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ParticipantInterface>("agent").Description("The agent; null for an id that names nobody the caller may see.").Resolve(context => context.Participant(context.Source.AgentId));
        Field(agent => agent.Name, nullable: true).Description("Their name now; null for an id that names nobody.");
        this.AddWorkFields();
    }
}

public sealed class TeamPerformanceType : ObjectGraphType<TeamPerformance>
{
    public TeamPerformanceType()
    {
        Name = "TeamPerformance";
        Description = "A team's members' work while they belonged to it (docs/insights.md).";
        Field(team => team.TeamId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(team => team.Name).Description("Its name now.");
        this.AddWorkFields();
    }
}

public static class WorkPerformanceFields
{
    public static void AddWorkFields<T>(this ObjectGraphType<T> type) where T : WorkPerformance
    {
        type.Field(work => work.Handled).Description("Completions made in the span.");
        type.Field(work => work.Responses, type: typeof(NonNullGraphType<TargetAttainmentType>)).Description("First responses credited; averageSeconds is the first-response time.");
        type.Field(work => work.Resolutions, type: typeof(NonNullGraphType<TargetAttainmentType>)).Description("Resolutions credited; averageSeconds is the resolution time.");
        type.Field(work => work.LoggedMinutes);
        type.Field(work => work.ReopenedAfterwards).Description("Of those completions, how many were reopened later.");
        type.Field(work => work.ReopenRatePercent, nullable: true);
    }
}

public sealed class HealthBandType() : EnumGraphType<HealthBand>(name: "HealthBand");

public sealed class ClientHealthType : ObjectGraphType<ClientHealth>
{
    public ClientHealthType()
    {
        Name = "ClientHealth";
        Field(health => health.Score);
        Field(health => health.Band, type: typeof(NonNullGraphType<HealthBandType>)).Description("HEALTHY from 80, WATCH from 60, AT_RISK below.");
        Field(health => health.Attainment).Description("SLA attainment %, weight 40 %.");
        Field(health => health.Backlog).Description("Share of open requests younger than 14 days, weight 20 %.");
        Field(health => health.HourBank).Description("Sold ÷ used, at most 100, weight 20 %.");
        Field(health => health.StayedDone).Description("100 − reopen rate, weight 20 %.");
        Field(health => health.WarrantiesEndingSoon)
            .Description($"Assets in service or in repair whose warranty ends within {Assets.AssetWarranties.SoonDays} days of today (the client's): beside the score, not in it.");
    }
}
