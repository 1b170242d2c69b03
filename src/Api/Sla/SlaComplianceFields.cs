using Milestone.Projections.Reporting;

namespace Milestone.Api.Sla;

public static class SlaComplianceFields
{
    private const int MaxMonths = 36;

    public static void AddSlaComplianceQuery(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SlaComplianceReportType>>("slaCompliance")
            .Description("SLA attainment by month (and client, urgency, agent as asked), from the targets that stopped in those months. Staff see the clients in their scope; client users their own organisation.")
            .Argument<NonNullGraphType<StringGraphType>>("fromMonth", argument => argument.Description = "yyyy-MM, inclusive.")
            .Argument<NonNullGraphType<StringGraphType>>("toMonth", argument => argument.Description = "yyyy-MM, inclusive.")
            .Argument<IdGraphType>("clientId")
            .Argument<ListGraphType<NonNullGraphType<SlaComplianceDimensionType>>>("groupBy", argument => argument.DefaultValue = new[] { SlaComplianceDimension.Month })
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var months = Months(context.GetArgument<string>("fromMonth"), context.GetArgument<string>("toMonth"));
                var clientId = context.GetArgument<string?>("clientId") is { } rawId ? await context.VisibleClientIdAsync(caller, rawId) : (Guid?)null;
                var groupBy = context.GetArgument<SlaComplianceDimension[]?>("groupBy") ?? [];

                var behind = await context.Service<IDocumentStore>().EventsBehindAsync(context.Service<CurrentTenant>().Id, SlaCycleReportingProjection.ProjectionName, context.CancellationToken);
                var groups = await context.Service<SlaComplianceSql>().GroupedAsync(VisibleClients(caller, clientId), months.First, months.Last, groupBy.ToHashSet(), context.CancellationToken);
                return new SlaComplianceReport(groups, behind);
            });
    }

    /// <summary>The clients the caller may see the figures of; null for all of them.</summary>
    private static IReadOnlyList<Guid>? VisibleClients(Caller caller, Guid? clientId) => (caller, clientId) switch
    {
        (_, { } only) => [only],
        ({ IsStaff: false }, _) => [caller.ClientId!.Value],
        ({ StaffScope: { } scope }, _) => [.. scope],
        _ => null,
    };

    private static (DateOnly First, DateOnly Last) Months(string from, string to)
    {
        var first = Month(from, "fromMonth");
        var last = Month(to, "toMonth");
        var count = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (count is < 1 or > MaxMonths)
        {
            throw Refusals.Invalid("toMonth", $"Ask for 1 to {MaxMonths} months, toMonth not before fromMonth.");
        }

        return (first, last);
    }

    private static DateOnly Month(string text, string field) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw Refusals.Invalid(field, $"\"{text}\" is not a month as yyyy-MM.");
}

public sealed record SlaComplianceReport(IReadOnlyList<SlaComplianceGroup> Groups, long EventsBehind);

public sealed class SlaComplianceReportType : ObjectGraphType<SlaComplianceReport>
{
    public SlaComplianceReportType()
    {
        Name = "SlaComplianceReport";
        Field(report => report.Groups, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SlaComplianceGroupType>>>));
        Field(report => report.EventsBehind).Description("Events stored but not yet counted in these figures; 0 when they are up to date.");
    }
}

public sealed class SlaComplianceGroupType : ObjectGraphType<SlaComplianceGroup>
{
    public SlaComplianceGroupType()
    {
        Name = "SlaComplianceGroup";
        Description = "One line of the report; the dimensions not grouped by are null (as is agentId for targets nobody was credited with).";
        Field(group => group.ClientId, type: typeof(IdGraphType));
        Field(group => group.Month, nullable: true).Description("yyyy-MM.");
        Field(group => group.Urgency, type: typeof(UrgencyType));
        Field(group => group.AgentId, type: typeof(IdGraphType));
        Field(group => group.Responses, type: typeof(NonNullGraphType<SlaAttainmentType>)).Description("First public replies by staff.");
        Field(group => group.Resolutions, type: typeof(NonNullGraphType<SlaAttainmentType>)).Description("Completions, one per resolution cycle (a reopened request counts again).");
        Field(group => group.NextReplies, type: typeof(NonNullGraphType<SlaAttainmentType>)).Description("Next replies: one per client message answered after the first response (policies that set the target).");
        Field(group => group.PeriodicUpdates, type: typeof(NonNullGraphType<SlaAttainmentType>)).Description("Periodic updates: one per silence between public staff updates, ended by the next update or completion (policies that set the target).");
    }
}

public sealed class SlaAttainmentType : ObjectGraphType<SlaAttainment>
{
    public SlaAttainmentType()
    {
        Name = "SlaAttainment";
        Field(attainment => attainment.Total).Description("Targets that stopped.");
        Field(attainment => attainment.Met).Description("Stopped in time.");
        Field(attainment => attainment.Breached).Description("Stopped late.");
        Field(attainment => attainment.AttainmentPercent, nullable: true).Description("Met as a share of total, one decimal.");
        Field(attainment => attainment.AverageSeconds, nullable: true).Description("Average business time taken.");
        Field(attainment => attainment.P90Seconds, nullable: true).Description("90th percentile (nearest rank) of the business time taken.");
    }
}

public sealed class SlaComplianceDimensionType() : EnumGraphType<SlaComplianceDimension>(name: "SlaComplianceDimension");
