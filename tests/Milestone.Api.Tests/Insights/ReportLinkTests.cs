using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Milestone.Api.Tests.Insights;

/// <summary>Links that open a client's quarterly review without signing in: made, listed, expired and revoked, each test with a client of its own.</summary>
[Collection(Collections.Conversation)]
public sealed class ReportLinkTests(MilestoneApp app)
{
    public const string Create = """
        mutation($clientId: ID!, $quarter: String!) {
          createReportLink(clientId: $clientId, quarter: $quarter) { url link { id quarter expiresAt opens creator { name } } }
        }
        """;

    private const string Revoke = "mutation($id: ID!) { revokeReportLink(id: $id) { id opens revokedAt } }";

    private const string List = "query($clientId: ID!) { reportLinks(clientId: $clientId) { id quarter opens } }";

    [Fact]
    public async Task A_link_opens_the_review_without_a_token_for_seven_days_and_then_nothing()
    {
        var (admin, member) = (await app.SharedAdministratorAsync(), await app.ClientUserAsync(clientName: "Link Works"));
        var (id, url) = await CreateAsync(admin, member.ClientId!.Value);

        var page = await OpenAsync(url, HttpStatusCode.OK);
        Assert.StartsWith("http://localhost:5080/reports/qbr?token=", url, StringComparison.Ordinal);
        Assert.Contains("<h1>Link Works</h1>", page, StringComparison.Ordinal);
        Assert.Contains(id, (await app.Host.GraphQLAsync(List, new { clientId = member.ClientId }, admin)).Data("reportLinks").EnumerateArray().Select(link => link.GetProperty("id").GetString()));

        app.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        await OpenAsync(url, HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(await OpenAsync("/reports/qbr?token=no-such-token", HttpStatusCode.NotFound), await OpenAsync(url, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_revoked_link_opens_nothing_and_looks_like_an_unknown_one()
    {
        var (admin, member) = (await app.SharedAdministratorAsync(), await app.ClientUserAsync(clientName: "Link Revoked"));
        var (id, url) = await CreateAsync(admin, member.ClientId!.Value);

        var revoked = (await app.Host.GraphQLAsync(Revoke, new { id }, admin)).Data("revokeReportLink");

        Assert.False(revoked.GetProperty("opens").GetBoolean());
        var refused = await OpenAsync(url, HttpStatusCode.NotFound);
        Assert.Equal(await OpenAsync("/reports/qbr", HttpStatusCode.NotFound), refused);
        Assert.DoesNotContain("Link Revoked", refused, StringComparison.Ordinal);
        Assert.Equal(revoked.GetProperty("revokedAt").GetString(), (await app.Host.GraphQLAsync(Revoke, new { id }, admin)).Data("revokeReportLink").GetProperty("revokedAt").GetString());
    }

    [Fact]
    public async Task The_shared_page_offers_its_figures_as_a_csv_pack_that_the_link_alone_downloads_until_it_is_revoked()
    {
        var (admin, member) = (await app.SharedAdministratorAsync(), await app.ClientUserAsync(clientName: "Link Figures"));
        var (id, url) = await CreateAsync(admin, member.ClientId!.Value);
        var download = WebUtility.HtmlDecode(Regex.Match(await OpenAsync(url, HttpStatusCode.OK), "data-figure=\"download\" href=\"([^\"]+)\"").Groups[1].Value);

        var pack = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(download);
            scenario.StatusCodeShouldBe(HttpStatusCode.OK);
            scenario.ContentTypeShouldBe("application/zip");
        });

        Assert.Equal("qbr-link-figures-2026-Q4.zip", pack.Context.Response.Headers.ContentDisposition.ToString().Split("filename=")[1].Split(';')[0].Trim('"'));
        using var zip = new ZipArchive(pack.Context.Response.Body);
        using var firstCsv = new StreamReader(zip.Entries.First(entry => entry.Name.EndsWith(".csv", StringComparison.Ordinal)).Open());
        Assert.Contains("Link Figures", await firstCsv.ReadToEndAsync(), StringComparison.Ordinal);
        await app.Host.GraphQLAsync(Revoke, new { id }, admin);
        await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(download);
            scenario.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
    }

    [Fact]
    public async Task A_client_user_cannot_make_a_link_for_another_client_nor_for_their_own()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(Role.ClientAdmin, "Link Asker");
        var other = await app.ClientUserAsync(clientName: "Link Other");

        var forOther = await app.Host.GraphQLAsync(Create, new { clientId = other.ClientId, quarter = "2026-Q4" }, member);
        var forNobody = await app.Host.GraphQLAsync(Create, new { clientId = Guid.NewGuid(), quarter = "2026-Q4" }, admin);
        var forOwn = await app.Host.GraphQLAsync(Create, new { clientId = member.ClientId, quarter = "2026-Q4" }, member);

        Assert.Equal(
            (ErrorCodes.NotFound, forNobody.SingleError().GetProperty("message").GetString()),
            (forOther.SingleError().Code(), forOther.SingleError().GetProperty("message").GetString()));
        Assert.Equal(ErrorCodes.Forbidden, forOwn.SingleError().Code());
        Assert.Equal(ErrorCodes.Forbidden, (await app.Host.GraphQLAsync(List, new { clientId = member.ClientId }, member)).SingleError().Code());
    }

    private async Task<(string Id, string Url)> CreateAsync(SignedIn who, Guid clientId)
    {
        var created = (await app.Host.GraphQLAsync(Create, new { clientId, quarter = "2026-q4" }, who)).Data("createReportLink");
        Assert.Equal("2026-Q4", created.GetProperty("link").GetProperty("quarter").GetString());
        Assert.True(created.GetProperty("link").GetProperty("opens").GetBoolean());
        return (created.GetProperty("link").GetProperty("id").GetString()!, created.GetProperty("url").GetString()!);
    }

    private async Task<string> OpenAsync(string url, HttpStatusCode status)
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(new Uri(new Uri("http://localhost"), url).PathAndQuery);
            scenario.StatusCodeShouldBe(status);
        });
        return await result.ReadAsTextAsync();
    }
}
