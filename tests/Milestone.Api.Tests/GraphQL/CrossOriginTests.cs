using System.Net.Http.Headers;

namespace Milestone.Api.Tests.GraphQL;

/// <summary>
/// Browser apps on other origins (CORS): a listed origin may call every endpoint with a bearer token,
/// an unlisted one gets no allow header, and nothing is ever allowed to every origin.
/// </summary>
// A host of its own: the portal's origin is listed in the host's settings.
public sealed class CrossOriginTests(CrossOriginTests.PortalOriginApp app) : IClassFixture<CrossOriginTests.PortalOriginApp>
{
    private const string Portal = "https://portal.example-msp.test";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/requests/0193a1b2-0000-7000-8000-000000000001/attachments")]
    [InlineData("/clients/0193a1b2-0000-7000-8000-0000000000c1/hour-bank/statements/2026-11.csv")]
    [InlineData("/clients/0193a1b2-0000-7000-8000-0000000000c1/qbr/2026-Q4.html")]
    public async Task A_listed_origin_passes_the_preflight_with_the_authorization_header(string path)
    {
        using var preflight = await PreflightAsync(path, Portal);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Portal, Single(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("authorization", Single(preflight, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", Single(preflight, "Access-Control-Max-Age"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task An_unlisted_origin_gets_no_allow_header()
    {
        using var preflight = await PreflightAsync("/graphql", "https://evil.example");
        using var call = await QueryAsync("https://evil.example");

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(call.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_call_from_a_listed_origin_is_answered_with_its_origin_allowed()
    {
        using var call = await QueryAsync(Portal);

        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.Equal(Portal, Single(call, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_development_dev_server_origins_are_not_allowed_once_origins_are_configured()
    {
        using var preflight = await PreflightAsync("/graphql", "http://localhost:5173");

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin)
    {
        using var http = app.Host.Server.CreateClient();
        var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await http.SendAsync(preflight);
    }

    private async Task<HttpResponseMessage> QueryAsync(string origin)
    {
        using var http = app.Host.Server.CreateClient();
        var call = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        call.Headers.Add("Origin", origin);
        call.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await http.SendAsync(call);
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));

    public sealed class PortalOriginApp : MilestoneApp
    {
        protected override IEnumerable<(string Key, string Value)> Settings => [("Milestone:Cors:Origins:0", Portal)];
    }
}
