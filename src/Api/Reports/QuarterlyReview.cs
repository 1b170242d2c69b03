namespace Milestone.Api.Reports;

/// <summary>One month of a quarterly business review.</summary>
public sealed record ReviewMonth(DateOnly Month, FlowFigures Flow, SlaFigures Sla, HourFigures Hours)
{
    public string Label => Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The quarter before, to compare with.</summary>
public sealed record ReviewComparison(string Quarter, FlowFigures Flow, SlaFigures Sla, HourFigures Hours);

/// <summary>
/// A client's quarter: the whole and its three months, its health and its team, all from the reporting tables, beside
/// the quarter before. Months and days run in the client's time zone. What stands at a moment (the backlog, the hour
/// bank, the health built on them) is read at <see cref="AsOf"/>: the end of a quarter that is over, else now, so a
/// past quarter never shows today's backlog.
/// </summary>
public sealed record QuarterlyReview(
    Guid ClientId,
    string ClientName,
    string Quarter,
    DateOnly First,
    DateOnly Last,
    string TimeZone,
    DateTimeOffset Now,
    DateTimeOffset AsOf,
    FlowFigures Flow,
    SlaFigures Sla,
    HourFigures Hours,
    BacklogFigures Backlog,
    ClientHealth Health,
    HourBankView? HourBank,
    ReviewComparison Previous,
    IReadOnlyList<ReviewMonth> Months,
    IReadOnlyList<AgentPerformance> Agents)
{
    /// <summary>Whether the quarter had ended by <see cref="Now"/>.</summary>
    public bool Over => AsOf < Now;

    public static async Task<QuarterlyReview> ForAsync(ReportingSql sql, ClientOrganisationDetails client, string quarter, DateTimeOffset now, CancellationToken cancellation)
    {
        var (first, last) = InsightScope.Quarter(quarter) ?? throw new ArgumentException("A quarter is yyyy-Qn.", nameof(quarter));
        var whole = new InsightScope(first, last, [client.Id], now, client.TimeZone);

        // The quarter's last instant: timestamps are kept to the microsecond, and the next one is the next quarter's.
        var asOf = whole.End.AddTicks(-TimeSpan.TicksPerMicrosecond) < now ? whole.End.AddTicks(-TimeSpan.TicksPerMicrosecond) : now;
        var months = new List<ReviewMonth>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var scope = whole with { From = month, To = month.AddMonths(1).AddDays(-1) };
            months.Add(new ReviewMonth(month, await sql.FlowAsync(scope, cancellation), await sql.SlaAsync(scope, cancellation), await sql.HoursAsync(scope, cancellation)));
        }

        var previous = whole with { From = first.AddMonths(-3), To = first.AddDays(-1) };
        var flow = await sql.FlowAsync(whole, cancellation);
        var sla = await sql.SlaAsync(whole, cancellation);
        var hours = await sql.HoursAsync(whole, cancellation);
        var backlog = await sql.BacklogAtAsync(whole with { Now = asOf }, cancellation);
        return new QuarterlyReview(
            client.Id,
            client.Name,
            quarter.ToUpperInvariant(),
            first,
            last,
            client.TimeZone,
            now,
            asOf,
            flow,
            sla,
            hours,
            backlog,
            ClientHealth.Of(sla, backlog, hours, flow),
            await sql.HourBankAtAsync(client.Id, asOf, now, cancellation),
            new ReviewComparison(
                Domain.Reports.Quarter.Of(previous.From), await sql.FlowAsync(previous, cancellation), await sql.SlaAsync(previous, cancellation), await sql.HoursAsync(previous, cancellation)),
            months,
            await sql.AgentsAsync(whole, cancellation));
    }
}
