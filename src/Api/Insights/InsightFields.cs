namespace Milestone.Api.Insights;

/// <summary>
/// Dashboards: <c>insights</c> for staff (agents' Insights and the Delivery App), <c>clientDashboard</c> for
/// the Client Portal. Both read projections only; a client the caller may not see is NOT_FOUND.
/// </summary>
public static class InsightFields
{
    public static void AddInsightQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<InsightsType>>("insights")
            .Description("Volume, SLA attainment, hours, backlog, per-client health and agent and team performance over from..to (days inclusive, in the client's time zone when one is named, else the MSP's). Staff only; the clients in their scope, or the one asked for.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Argument<IdGraphType>("clientId")
            .PermittedTo(caller => caller.IsStaff, "read staff insights; the client dashboard shows your organisation's figures")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = context.GetArgument<string?>("clientId") is { } rawId ? await context.VisibleClientIdAsync(caller, rawId) : (Guid?)null;

                var zones = context.Service<InsightZones>();
                var zone = clientId is { } one ? await zones.OfClientAsync(one, context.CancellationToken) : zones.Msp;
                return InsightScope.For(caller, context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"), clientId, context.Now(), zone);
            });

        query.Field<NonNullGraphType<ClientDashboardType>>("clientDashboard")
            .Description("The Client Portal's dashboard. Client users get their own organisation (clientId may be left out); staff name a client in their scope.")
            .Argument<IdGraphType>("clientId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string?>("clientId") ?? caller.ClientId?.ToString());
                return new ClientDashboard(clientId, caller, context.Now());
            });
    }
}
