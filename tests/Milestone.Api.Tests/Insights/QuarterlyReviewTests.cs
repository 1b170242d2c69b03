using System.IO.Compression;
using System.Net;
using Alba;
using Milestone.Api.Tests.Infrastructure;

namespace Milestone.Api.Tests.Insights;

/// <summary>Initech's 2026-Q4 review on the seeded quarter (<see cref="QuarterApp"/>): the page and the CSV pack carry the figures worked out by hand.</summary>
public sealed class QuarterlyReviewTests(QuarterApp app) : IClassFixture<QuarterApp>
{
    [Fact]
    public async Task The_review_page_is_self_contained_and_has_the_clients_charts()
    {
        var page = await GetAsync($"/clients/{app.Initech}/qbr/2026-Q4.html", app.Member, HttpStatusCode.OK);

        Assert.Contains("<h1>Initech</h1>", page, StringComparison.Ordinal);
        Assert.All(["chart-requests", "chart-sla", "chart-hours"], chart => Assert.Contains($"<svg id=\"{chart}\"", page, StringComparison.Ordinal));
        Assert.Contains("65 (Watch)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
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
        Assert.NotNull(archive.GetEntry("agents.csv"));
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
