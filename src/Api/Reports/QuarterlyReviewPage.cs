namespace Milestone.Api.Reports;

/// <summary>
/// A review as one HTML page with no external assets: styles inline, charts as SVG, an empty icon so a browser does
/// not go asking for one. Print CSS lays it out on A4 (the browser's "Save as PDF" is the PDF path; docs/insights.md).
/// </summary>
public static class QuarterlyReviewPage
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
        h1 { margin-bottom: 0; } .kpis { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
        .kpi { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; } .kpi b { display: block; font-size: 1.5rem; }
        table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: .25rem .75rem; text-align: right; } th:first-child, td:first-child { text-align: left; }
        section { break-inside: avoid; margin-top: 1.5rem; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0; } .kpi { border-color: #999; } a { color: inherit; text-decoration: none; } }
        """;

    public static string Render(QuarterlyReview review)
    {
        var labels = review.Months.Select(month => month.Label).ToList();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{SvgCharts.Escape(review.ClientName)} — quarterly business review {review.Quarter}</title>
            <link rel="icon" href="data:,"><style>{Style}</style></head><body>
            <h1>{SvgCharts.Escape(review.ClientName)}</h1><p>Quarterly business review, {review.Quarter}</p>
            <div class="kpis">
            {Kpi("Health", $"{review.Health.Score} ({review.Health.Band})")}{Kpi("Requests opened", review.Flow.Opened)}{Kpi("Closed", review.Flow.Closed)}
            {Kpi("SLA attainment", Percent(review.Sla.AttainmentPercent))}{Kpi("Hours used", Hours(review.Hours.UsedMinutes))}{Kpi("Hours sold", Hours(review.Hours.SoldMinutes))}
            {Kpi("Open now", review.Backlog.Open)}{Kpi("Reopen rate", Percent(review.Flow.ReopenRatePercent))}
            </div>
            <section><h2>Requests</h2>{SvgCharts.Bars("chart-requests", "Requests opened and closed per month", labels, [
                new SvgCharts.Series("Opened", "#3b6fb6", [.. review.Months.Select(month => (double)month.Flow.Opened)]),
                new SvgCharts.Series("Closed", "#6aa84f", [.. review.Months.Select(month => (double)month.Flow.Closed)])])}</section>
            <section><h2>SLA attainment</h2>{SvgCharts.Bars("chart-sla", "SLA attainment per month, percent", labels, [
                new SvgCharts.Series("Attainment %", "#e69138", [.. review.Months.Select(month => month.Sla.AttainmentPercent ?? 0)])], max: 100)}</section>
            <section><h2>Hours</h2>{SvgCharts.Bars("chart-hours", "Hours sold and used per month", labels, [
                new SvgCharts.Series("Sold", "#8e7cc3", [.. review.Months.Select(month => month.Hours.SoldMinutes / 60.0)]),
                new SvgCharts.Series("Used", "#c27ba0", [.. review.Months.Select(month => month.Hours.UsedMinutes / 60.0)])])}</section>
            <section><h2>Team</h2><table><tr><th>Agent</th><th>Handled</th><th>First response (avg)</th><th>Resolution (avg)</th><th>Hours</th><th>Reopen rate</th></tr>
            """);
        foreach (var agent in review.Agents)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{SvgCharts.Escape(agent.Name ?? agent.AgentId.ToString())}</td><td>{agent.Handled}</td><td>{Duration(agent.Responses.AverageSeconds)}</td><td>{Duration(agent.Resolutions.AverageSeconds)}</td><td>{Hours(agent.LoggedMinutes)}</td><td>{Percent(agent.ReopenRatePercent)}</td></tr>");
        }

        return html.Append("</table></section></body></html>").ToString();
    }

    private static string Kpi(string name, object value) => $"""<div class="kpi">{SvgCharts.Escape(name)}<b>{SvgCharts.Escape(Convert.ToString(value, CultureInfo.InvariantCulture)!)}</b></div>""";

    private static string Percent(double? value) => value is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Hours(int minutes) => (minutes / 60.0).ToString("0.##", CultureInfo.InvariantCulture) + " h";

    private static string Duration(int? seconds) => seconds is { } value ? TimeSpan.FromSeconds(value).ToString(@"d\.hh\:mm", CultureInfo.InvariantCulture) : "—";
}
