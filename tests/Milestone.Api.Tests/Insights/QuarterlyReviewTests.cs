using System.IO.Compression;

namespace Milestone.Api.Tests.Insights;

/// <summary>
/// Initech's 2026-Q4 review on the seeded quarter (<see cref="QuarterApp"/>): the page, the page a review link opens and
/// the CSV pack carry the figures worked out by hand there: 4 opened, 4 closed (3 completions, 1 cancellation), SLA 4 of
/// 5 targets met, 150 minutes logged and billed of 600 sold, R3 still open, health 0.4 × 80 + 0.2 × 0 + 0.2 × 100 +
/// 0.2 × 66.7 = 65.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.Quarter)]
public sealed class QuarterlyReviewTests(QuarterApp app)
{
    [Fact]
    public async Task The_review_page_is_self_contained_and_has_the_clients_charts()
    {
        var page = await GetAsync($"/clients/{app.Initech}/qbr/2026-Q4.html", app.Member, HttpStatusCode.OK);

        Assert.Contains("<h1>Initech</h1>", page, StringComparison.Ordinal);
        Assert.All(["chart-requests", "chart-sla", "chart-hours"], chart => Assert.Contains($"<svg id=\"{chart}\"", page, StringComparison.Ordinal));
        Assert.Contains("65 (Watch)", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Ann Agent</td><td>2</td><td>1 h</td><td>2 h 30 min</td><td>1.5 h</td>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Bob Agent</td><td>1</td><td>30 min</td><td>9 h</td><td>1 h</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Ann.PersonId.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_opens_in_headless_chromium_with_the_clients_charts_asks_nothing_of_other_sites_and_prints_to_pdf()
    {
        await using var host = await HostProcess.StartAsync(app.ConnectionString);
        var pdf = Path.Combine(Path.GetTempPath(), $"qbr-{Guid.NewGuid():N}.pdf");

        var opened = JsonDocument.Parse(await NodeTool.RunAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "qbr-browser"),
            "open.mjs",
            new Uri(host.BaseAddress, $"/clients/{app.Initech}/qbr/2026-Q4.html").ToString(),
            await host.SignInAsync(app.Member.Email),
            pdf)).RootElement;

        Assert.Equal(200, opened.GetProperty("status").GetInt32());
        Assert.Equal("Initech", opened.GetProperty("heading").GetString());
        Assert.StartsWith("Initech", opened.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["Requests opened and closed per month", "SLA attainment per month, percent", "Hours sold and used per month"],
            opened.GetProperty("charts").EnumerateArray().Select(chart => chart.GetString()));
        Assert.Equal(["Health score", "Compared with the quarter before", "Requests", "SLA attainment", "Hours", "Team"], opened.GetProperty("sections").EnumerateArray().Select(section => section.GetString()));
        Assert.Empty(opened.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(opened.GetProperty("consoleErrors").EnumerateArray());
        var printed = await File.ReadAllBytesAsync(pdf);
        File.Delete(pdf);
        Assert.Equal(printed.Length, opened.GetProperty("pdfBytes").GetInt32());
        Assert.Equal("%PDF-"u8.ToArray(), printed[..5]);
    }

    [Fact]
    public async Task The_link_opens_in_headless_chromium_with_the_quarters_figures_worked_out_by_hand()
    {
        await using var host = await HostProcess.StartAsync(app.ConnectionString);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var url = (await http.GraphQLAsync(await host.SignInAsync(app.Admin.Email), ReportLinkTests.Create, new { clientId = app.Initech, quarter = "2026-Q4" }))
            .GetProperty("createReportLink").GetProperty("url").GetString()!;
        var pdf = Path.Combine(Path.GetTempPath(), $"qbr-{Guid.NewGuid():N}.pdf");

        var opened = JsonDocument.Parse(await NodeTool.RunAsync(Path.Combine(RepositoryFiles.Root, "tests", "qbr-browser"), "open.mjs", url, "-", pdf)).RootElement;
        File.Delete(pdf);

        Assert.StartsWith(host.BaseAddress.ToString(), url, StringComparison.Ordinal);
        Assert.Equal(200, opened.GetProperty("status").GetInt32());
        var figures = opened.GetProperty("figures").EnumerateObject().ToDictionary(figure => figure.Name, figure => figure.Value.GetString());
        Assert.Equal("1 Oct 2026 – 31 Dec 2026", figures["period"]);
        Assert.Equal("Europe/London", figures["time-zone"]);
        Assert.Equal(
            [("kpi-health", "65 (Watch)"), ("kpi-opened", "4"), ("kpi-closed", "4"), ("kpi-sla", "80 %"), ("kpi-hours-logged", "2.5 h"), ("kpi-open", "1"), ("kpi-reopen-rate", "33.3 %")],
            figures.Where(figure => figure.Key.StartsWith("kpi-", StringComparison.Ordinal)).Select(figure => (figure.Key, figure.Value)));
        Assert.Equal("65", figures["health-score"]);
        Assert.Equal(("0", "no data", "0 h"), (figures["previous-opened"], figures["previous-sla"], figures["previous-hours-logged"]));
        Assert.Equal(("open", "10 h", "2.5 h", "7.5 h"), (figures["bank-state"], figures["hours-sold"], figures["hours-used"], figures["hours-remaining"]));
        Assert.Equal(figures["kpi-hours-logged"], figures["team-hours"]);
        Assert.Equal(
            [["Ann Agent", "2", "1 h", "2 h 30 min", "1.5 h", "50 %"], ["Bob Agent", "1", "30 min", "9 h", "1 h", "0 %"], ["All agents", "3", "", "", "2.5 h", ""]],
            opened.GetProperty("team").EnumerateArray().Skip(1).Select(row => row.EnumerateArray().Select(cell => cell.GetString()!).ToArray()).OrderBy(row => row[0] == "All agents").ThenBy(row => row[0]));

        // October and December have no stopped SLA target; they say so rather than show a 0 % bar.
        Assert.Equal(2, opened.GetProperty("noData").GetInt32());
        var bodyWidth = opened.GetProperty("bodyWidth").GetInt32();
        Assert.All(opened.GetProperty("chartWidths").EnumerateArray(), width => Assert.Equal(bodyWidth, width.GetInt32()));
        Assert.Empty(opened.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(opened.GetProperty("consoleErrors").EnumerateArray());
    }

    [Fact]
    public async Task A_past_quarter_shows_what_was_open_at_its_end_not_what_is_open_now()
    {
        var page = await GetAsync($"/clients/{app.Initech}/qbr/2026-Q3.html", app.Member, HttpStatusCode.OK);

        Assert.Contains("the quarter is over", page, StringComparison.Ordinal);
        Assert.Contains("""Open at quarter end<b data-figure="kpi-open">0</b>""", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Open now", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_pack_has_each_month_and_the_quarter()
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/clients/{app.Initech}/qbr/2026-Q4.zip");
            scenario.WithRequestHeader("Authorization", $"Bearer {app.Admin.AccessToken}");
        });
        Assert.Equal("attachment; filename=qbr-initech-2026-Q4.zip; filename*=UTF-8''qbr-initech-2026-Q4.zip", result.Context.Response.Headers.ContentDisposition.ToString());
        using var archive = new ZipArchive(result.Context.Response.Body);
        using var months = new StreamReader(archive.GetEntry("months.csv")!.Open());

        Assert.Equal(
            [
                "client,period,opened,completed,cancelled,reopened,sla_targets,sla_met,sla_attainment_percent,logged_minutes,billable_minutes,sold_minutes,used_minutes",
                "Initech,2026-10,0,0,0,0,0,0,,0,0,0,0",
                "Initech,2026-11,3,3,0,1,5,4,80,150,150,600,150",
                "Initech,2026-12,1,0,1,0,0,0,,0,0,0,0",
                "Initech,2026-Q4,4,3,1,1,5,4,80,150,150,600,150",
            ],
            (await months.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        using var agents = new StreamReader(archive.GetEntry("agents.csv")!.Open());
        var agentLines = (await agents.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("client,agent_id,agent_name,handled,response_average_seconds,resolution_average_seconds,logged_minutes,reopened_afterwards", agentLines[0]);
        Assert.Equal(
            new[] { $"Initech,{app.Ann.PersonId},Ann Agent,2,3600,9000,90,1", $"Initech,{app.Bob.PersonId},Bob Agent,1,1800,32400,60,0" }.Order(),
            agentLines.Skip(1).Order());
    }

    [Fact]
    public async Task The_reports_command_writes_every_clients_page_and_pack_for_the_quarter()
    {
        var output = Directory.CreateTempSubdirectory("qbr-").FullName;

        var run = await HostCommand.RunAsync(app.ConnectionString, "reports", "qbr", "--quarter", "2026-Q4", "--output", output);

        Assert.True(run.ExitCode == 0, run.Errors + run.Output);
        Assert.Equal(
            new[] { $"globex-{app.Globex:N}-2026-Q4.html", $"globex-{app.Globex:N}-2026-Q4.zip", $"initech-{app.Initech:N}-2026-Q4.html", $"initech-{app.Initech:N}-2026-Q4.zip" },
            Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Contains("<h1>Initech</h1>", await File.ReadAllTextAsync(Path.Combine(output, $"initech-{app.Initech:N}-2026-Q4.html")), StringComparison.Ordinal);
        Assert.Contains("<h1>Globex</h1>", await File.ReadAllTextAsync(Path.Combine(output, $"globex-{app.Globex:N}-2026-Q4.html")), StringComparison.Ordinal);
        using var initechPack = ZipFile.OpenRead(Path.Combine(output, $"initech-{app.Initech:N}-2026-Q4.zip"));
        using var months = new StreamReader(initechPack.GetEntry("months.csv")!.Open());
        Assert.Contains("2026-Q4,4,3,1,1,5,4,80,150,150,600,150", await months.ReadToEndAsync(), StringComparison.Ordinal);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public async Task Another_clients_review_is_not_found_and_a_bad_quarter_is_refused()
    {
        await GetAsync($"/clients/{app.Globex}/qbr/2026-Q4.html", app.Member, HttpStatusCode.NotFound);
        await GetAsync($"/clients/{app.Initech}/qbr/2026-Q5.html", app.Member, HttpStatusCode.BadRequest);
        await GetAsync($"/clients/{app.Initech}/qbr/2026-Q4.html", signedIn: null, HttpStatusCode.Unauthorized);
    }

    private async Task<string> GetAsync(string url, SignedIn? signedIn, HttpStatusCode status)
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(url);
            if (signedIn is not null)
            {
                scenario.WithRequestHeader("Authorization", $"Bearer {signedIn.AccessToken}");
            }

            scenario.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }
}
