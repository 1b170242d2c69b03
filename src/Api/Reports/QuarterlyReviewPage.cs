using NodaTime;

namespace Milestone.Api.Reports;

/// <summary>
/// A review as one HTML page with no external assets: styles inline, charts as SVG, an empty icon so a browser does
/// not go asking for one. Print CSS lays it out on A4 (the browser's "Save as PDF" is the PDF path; docs/insights.md).
/// Each figure a reader may quote carries a <c>data-figure</c> name, so tests read what the reader sees.
/// </summary>
public static class QuarterlyReviewPage
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
        h1 { margin-bottom: 0; } .note { color: #555; } .kpis { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
        .kpi { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; } .kpi b { display: block; font-size: 1.5rem; }
        table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: right; } th:first-child, td:first-child { text-align: left; }
        tr.total td { font-weight: bold; border-top: 2px solid #999; }
        section { break-inside: avoid; margin-top: 1.5rem; } svg.chart { display: block; width: 100%; height: auto; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0; } .kpi { border-color: #999; } a { color: inherit; text-decoration: none; } }
        """;

    /// <summary>What an unknown, expired or revoked link shows: the same for each, so it tells nobody which.</summary>
    public const string NotOpened = $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>This link does not open a review</title>
        <link rel="icon" href="data:,"><style>{Style}</style></head><body>
        <h1>This link does not open a review</h1>
        <p>Links to quarterly reviews work for a limited time and can be withdrawn. Ask your account manager for a new one.</p>
        </body></html>
        """;

    /// <param name="figuresHref">Where the page offers its figures as a CSV pack; none when the pack needs the caller's token.</param>
    public static string Render(QuarterlyReview review, string? figuresHref = null)
    {
        var labels = review.Months.Select(month => month.Label).ToList();
        var name = SvgCharts.Escape(review.ClientName);
        var zone = SvgCharts.Escape(review.TimeZone);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{name} — quarterly business review {review.Quarter}</title>
            <link rel="icon" href="data:,"><style>{Style}</style></head><body>
            <h1>{name}</h1>
            <p>Quarterly business review, {review.Quarter}: <span data-figure="period">{Day(review.First)} – {Day(review.Last)}</span>, in the client's time zone <span data-figure="time-zone">{zone}</span>.</p>
            <p class="note">Figures as of <span data-figure="as-of">{Moment(review.Now, review.TimeZone)}</span>{(review.Over ? "; the quarter is over" : "; the quarter is still running")}.</p>
            <div class="kpis">
            {Kpi("Health", "health", $"{review.Health.Score} ({review.Health.Band})")}{Kpi("Requests opened", "opened", review.Flow.Opened)}{Kpi("Closed", "closed", review.Flow.Closed)}
            {Kpi("SLA attainment", "sla", Percent(review.Sla.AttainmentPercent))}{Kpi("Hours logged", "hours-logged", Hours(review.Hours.LoggedMinutes))}
            {Kpi(review.Over ? "Open at quarter end" : "Open now", "open", review.Backlog.Open)}{Kpi("Reopen rate", "reopen-rate", Percent(review.Flow.ReopenRatePercent))}
            </div>
            """);
        AppendHealth(html, review.Health);
        AppendComparison(html, review);
        html.Append(CultureInfo.InvariantCulture, $"""
            <section><h2>Requests</h2>{SvgCharts.Bars("chart-requests", "Requests opened and closed per month", labels, [
                new SvgCharts.Series("Opened", "#3b6fb6", [.. review.Months.Select(month => (double?)month.Flow.Opened)]),
                new SvgCharts.Series("Closed", "#6aa84f", [.. review.Months.Select(month => (double?)month.Flow.Closed)])])}</section>
            <section><h2>SLA attainment</h2>{SvgCharts.Bars("chart-sla", "SLA attainment per month, percent", labels, [
                new SvgCharts.Series("Attainment %", "#e69138", [.. review.Months.Select(month => month.Sla.AttainmentPercent)])], max: 100)}
            <p class="note">"No data": no response or resolution target stopped that month.</p></section>
            """);
        AppendHours(html, review, labels);
        AppendTeam(html, review);
        if (figuresHref is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<p><a data-figure="download" href="{SvgCharts.Escape(figuresHref)}" download>Download these figures (CSV)</a></p>""");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendHealth(StringBuilder html, ClientHealth health)
    {
        html.Append("""<section><h2>Health score</h2><p class="note">Each part is a percentage (100 when there is nothing to count), weighted as in the MSP's dashboards.</p><table><tr><th>Part</th><th>Value</th><th>Weight</th><th>Points</th></tr>""");
        foreach (var part in health.Parts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{SvgCharts.Escape(part.Name)}</td><td>{part.Value:0.#} %</td><td>{part.Weight:0%}</td><td>{part.Points:0.#}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"""<tr class="total"><td>Score</td><td></td><td></td><td data-figure="health-score">{health.Score}</td></tr></table></section>""");
    }

    private static void AppendComparison(StringBuilder html, QuarterlyReview review)
    {
        var before = review.Previous;
        html.Append(CultureInfo.InvariantCulture, $"""<section><h2>Compared with the quarter before</h2><table><tr><th></th><th>{review.Quarter}</th><th>{before.Quarter}</th><th>Change</th></tr>""");
        Compare(html, "Requests opened", "opened", review.Flow.Opened, before.Flow.Opened, value => value.ToString(CultureInfo.InvariantCulture));
        Compare(html, "Closed", "closed", review.Flow.Closed, before.Flow.Closed, value => value.ToString(CultureInfo.InvariantCulture));
        Compare(html, "SLA attainment", "sla", review.Sla.AttainmentPercent, before.Sla.AttainmentPercent, value => Percent(value));
        Compare(html, "Hours logged", "hours-logged", review.Hours.LoggedMinutes, before.Hours.LoggedMinutes, value => Hours((int)value));
        Compare(html, "Hours billed to the hour bank", "hours-used", review.Hours.UsedMinutes, before.Hours.UsedMinutes, value => Hours((int)value));
        html.Append("</table></section>");
    }

    private static void Compare(StringBuilder html, string label, string figure, double? now, double? before, Func<double, string> show)
    {
        var change = (now, before) switch
        {
            ({ } current, { } earlier) when current > earlier => "+" + show(current - earlier),
            ({ } current, { } earlier) when current < earlier => "−" + show(earlier - current),
            ({ }, { }) => "same",
            _ => "—",
        };
        html.Append(CultureInfo.InvariantCulture, $"""<tr><td>{label}</td><td>{(now is { } a ? show(a) : "no data")}</td><td data-figure="previous-{figure}">{(before is { } b ? show(b) : "no data")}</td><td>{change}</td></tr>""");
    }

    /// <summary>
    /// Time logged (what the team table adds up to) and time billed to the bank are different figures: work not billable,
    /// or logged while the client had no bank, is logged but not billed. The page names each for what it is.
    /// </summary>
    private static void AppendHours(StringBuilder html, QuarterlyReview review, IReadOnlyList<string> labels)
    {
        var at = review.Over ? "at quarter end" : "now";
        html.Append(CultureInfo.InvariantCulture, $"""
            <section><h2>Hours</h2><p>Logged in the quarter: <b data-figure="hours-logged-total">{Hours(review.Hours.LoggedMinutes)}</b>, of which billable {Hours(review.Hours.BillableMinutes)}.</p>
            """);
        if (review.HourBank is { } bank)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <p>Hour bank (<span data-figure="bank-state">open</span>, {SvgCharts.Escape(bank.Bank.Currency)}, billed in steps of {bank.Bank.BillingIncrementMinutes} min):
                sold in the quarter <b data-figure="hours-sold">{Hours(review.Hours.SoldMinutes)}</b>, used <b data-figure="hours-used">{Hours(review.Hours.UsedMinutes)}</b>,
                remaining {at} <b data-figure="hours-remaining">{Hours(bank.Balance.Remaining)}</b>{(bank.Balance.Overage > 0 ? $", overage owed {Hours(bank.Balance.Overage)}" : string.Empty)}.</p>
                """);
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"""<p><span data-figure="bank-state">No hour bank</span> {at}: time logged is not billed against prepaid hours.</p>""");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            {SvgCharts.Bars("chart-hours", "Hours sold and used per month", labels, [
                new SvgCharts.Series("Sold", "#8e7cc3", [.. review.Months.Select(month => (double?)month.Hours.SoldMinutes / 60.0)]),
                new SvgCharts.Series("Used", "#c27ba0", [.. review.Months.Select(month => (double?)month.Hours.UsedMinutes / 60.0)]),
                new SvgCharts.Series("Logged", "#76a5af", [.. review.Months.Select(month => (double?)month.Hours.LoggedMinutes / 60.0)])])}</section>
            """);
    }

    private static void AppendTeam(StringBuilder html, QuarterlyReview review)
    {
        html.Append("<section><h2>Team</h2><table><tr><th>Agent</th><th>Handled</th><th>First response (avg)</th><th>Resolution (avg)</th><th>Hours logged</th><th>Reopen rate</th></tr>");
        foreach (var agent in review.Agents)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{SvgCharts.Escape(agent.Name ?? agent.AgentId.ToString())}</td><td>{agent.Handled}</td><td>{Duration(agent.Responses.AverageSeconds)}</td><td>{Duration(agent.Resolutions.AverageSeconds)}</td><td>{Hours(agent.LoggedMinutes)}</td><td>{Percent(agent.ReopenRatePercent)}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"""<tr class="total"><td>All agents</td><td>{review.Agents.Sum(agent => agent.Handled)}</td><td></td><td></td><td data-figure="team-hours">{Hours(review.Agents.Sum(agent => agent.LoggedMinutes))}</td><td></td></tr></table></section>""");
    }

    private static string Kpi(string name, string figure, object value) =>
        $"""<div class="kpi">{SvgCharts.Escape(name)}<b data-figure="kpi-{figure}">{SvgCharts.Escape(Convert.ToString(value, CultureInfo.InvariantCulture)!)}</b></div>""";

    private static string Percent(double? value) => value is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "no data";

    private static string Hours(int minutes) => (minutes / 60.0).ToString("0.##", CultureInfo.InvariantCulture) + " h";

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Moment(DateTimeOffset instant, string timeZone) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).LocalDateTime.ToDateTimeUnspecified().ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Business time as people say it: "2 h 15 min", "45 min", "9 h".</summary>
    public static string Duration(int? seconds)
    {
        if (seconds is not { } value)
        {
            return "—";
        }

        var minutes = (int)Math.Round(value / 60.0, MidpointRounding.AwayFromZero);
        return (minutes / 60, minutes % 60) switch
        {
            (0, var only) => $"{only} min",
            (var hours, 0) => $"{hours} h",
            (var hours, var rest) => $"{hours} h {rest} min",
        };
    }
}
