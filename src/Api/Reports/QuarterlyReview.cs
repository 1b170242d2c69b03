namespace Milestone.Api.Reports;

/// <summary>One month of a quarterly business review.</summary>
public sealed record ReviewMonth(DateOnly Month, FlowFigures Flow, SlaFigures Sla, HourFigures Hours)
{
    public string Label => Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>
/// A client's quarter: the whole and its three months, its health and its team, all from the reporting tables. Months
/// run in the client's time zone.
/// </summary>
public sealed record QuarterlyReview(
    Guid ClientId,
    string ClientName,
    string Quarter,
    FlowFigures Flow,
    SlaFigures Sla,
    HourFigures Hours,
    BacklogFigures Backlog,
    ClientHealth Health,
    IReadOnlyList<ReviewMonth> Months,
    IReadOnlyList<AgentPerformance> Agents)
{
    public static async Task<QuarterlyReview> ForAsync(ReportingSql sql, ClientOrganisationDetails client, string quarter, DateTimeOffset now, CancellationToken cancellation)
    {
        var (first, last) = InsightScope.Quarter(quarter) ?? throw new ArgumentException("A quarter is yyyy-Qn.", nameof(quarter));
        var whole = new InsightScope(first, last, [client.Id], now, client.TimeZone);
        var months = new List<ReviewMonth>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var scope = whole with { From = month, To = month.AddMonths(1).AddDays(-1) };
            months.Add(new ReviewMonth(month, await sql.FlowAsync(scope, cancellation), await sql.SlaAsync(scope, cancellation), await sql.HoursAsync(scope, cancellation)));
        }

        return new QuarterlyReview(
            client.Id,
            client.Name,
            quarter.ToUpperInvariant(),
            await sql.FlowAsync(whole, cancellation),
            await sql.SlaAsync(whole, cancellation),
            await sql.HoursAsync(whole, cancellation),
            await sql.BacklogAsync(whole, cancellation),
            await sql.HealthAsync(whole, cancellation),
            months,
            await sql.AgentsAsync(whole, cancellation));
    }
}
