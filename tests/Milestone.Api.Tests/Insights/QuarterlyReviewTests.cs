using System.IO.Compression;

namespace Milestone.Api.Tests.Insights;

/// <summary>Initech's 2026-Q4 review on the seeded quarter (<see cref="QuarterApp"/>): the page and the CSV pack carry the figures worked out by hand.</summary>
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
        Assert.Contains("<tr><td>Ann Agent</td><td>2</td>", page, StringComparison.Ordinal);
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
        Assert.Equal(["Requests", "SLA attainment", "Hours", "Team"], opened.GetProperty("sections").EnumerateArray().Select(section => section.GetString()));
        Assert.Empty(opened.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(opened.GetProperty("consoleErrors").EnumerateArray());
        var printed = await File.ReadAllBytesAsync(pdf);
        File.Delete(pdf);
        Assert.Equal(printed.Length, opened.GetProperty("pdfBytes").GetInt32());
        Assert.Equal("%PDF-"u8.ToArray(), printed[..5]);
    }

    [Fact]
    public async Task The_csv_pack_has_each_month_and_the_quarter()
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/clients/{app.Initech}/qbr/2026-Q4.zip");
            scenario.WithRequestHeader("Authorization", $"Bearer {app.Admin.AccessToken}");
        });
        using var archive = new ZipArchive(result.Context.Response.Body);
        using var months = new StreamReader(archive.GetEntry("months.csv")!.Open());

        Assert.Equal(
            [
                "period,opened,completed,cancelled,reopened,sla_targets,sla_met,sla_attainment_percent,logged_minutes,billable_minutes,sold_minutes,used_minutes",
                "2026-10,0,0,0,0,0,0,,0,0,0,0",
                "2026-11,3,3,0,1,5,4,80,150,150,600,150",
                "2026-12,1,0,1,0,0,0,,0,0,0,0",
                "2026-Q4,4,3,1,1,5,4,80,150,150,600,150",
            ],
            (await months.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        using var agents = new StreamReader(archive.GetEntry("agents.csv")!.Open());
        var agentLines = (await agents.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("agent_id,agent_name,handled,response_average_seconds,resolution_average_seconds,logged_minutes,reopened_afterwards", agentLines[0]);
        Assert.Equal(
            new[] { $"{app.Ann.PersonId},Ann Agent,2,3600,9000,90,1", $"{app.Bob.PersonId},Bob Agent,1,1800,32400,60,0" }.Order(),
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
