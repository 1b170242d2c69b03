using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Milestone.Api.Reports;

/// <summary>
/// The review's figures as a zip of RFC 4180 CSV files (UTF-8, CRLF, a header row): <c>months.csv</c> (the three
/// months and the quarter) and <c>agents.csv</c>. Every line names the client, so packs of several clients can be
/// put together. Minutes are exact; names, the only text people type, are quoted and kept from starting a formula.
/// </summary>
public static partial class QuarterlyReviewCsv
{
    public static byte[] Pack(QuarterlyReview review)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "months.csv", Months(review));
            Add(archive, "agents.csv", Agents(review));
        }

        return zip.ToArray();
    }

    /// <summary>The pack's download name, naming the client so that packs of several clients do not overwrite each other.</summary>
    public static string FileName(QuarterlyReview review) => $"qbr-{Slug(review.ClientName)}-{review.Quarter}.zip";

    /// <summary>Lower-case letters and digits joined by hyphens; a name with none of those is just "client".</summary>
    public static string Slug(string name) => NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } slug ? slug : "client";

    private static string Months(QuarterlyReview review)
    {
        var client = Client(review);
        var text = new StringBuilder("client,period,opened,completed,cancelled,reopened,sla_targets,sla_met,sla_attainment_percent,logged_minutes,billable_minutes,sold_minutes,used_minutes\r\n");
        foreach (var month in review.Months)
        {
            Line(text, client, month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.Flow, month.Sla, month.Hours);
        }

        Line(text, client, review.Quarter, review.Flow, review.Sla, review.Hours);
        return text.ToString();
    }

    private static void Line(StringBuilder text, string client, string period, FlowFigures flow, SlaFigures sla, HourFigures hours) =>
        text.Append(CultureInfo.InvariantCulture, $"{client},{period},{flow.Opened},{flow.Completed},{flow.Cancelled},{flow.Reopened},{sla.Responses.Total + sla.Resolutions.Total},{sla.Responses.Met + sla.Resolutions.Met},{sla.AttainmentPercent},{hours.LoggedMinutes},{hours.BillableMinutes},{hours.SoldMinutes},{hours.UsedMinutes}\r\n");

    private static string Agents(QuarterlyReview review)
    {
        var client = Client(review);
        var text = new StringBuilder("client,agent_id,agent_name,handled,response_average_seconds,resolution_average_seconds,logged_minutes,reopened_afterwards\r\n");
        foreach (var agent in review.Agents)
        {
            text.Append(CultureInfo.InvariantCulture, $"{client},{agent.AgentId},{CsvFields.Quoted(CsvFields.Text(agent.Name))},{agent.Handled},{agent.Responses.AverageSeconds},{agent.Resolutions.AverageSeconds},{agent.LoggedMinutes},{agent.ReopenedAfterwards}\r\n");
        }

        return text.ToString();
    }

    private static string Client(QuarterlyReview review) => CsvFields.Quoted(CsvFields.Text(review.ClientName));

    private static void Add(ZipArchive archive, string name, string content)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
