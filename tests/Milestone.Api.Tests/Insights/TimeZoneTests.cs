namespace Milestone.Api.Tests.Insights;

/// <summary>
/// Two clients each submit a request at 23:30 UTC on Monday 30 November 2026: Tokyo Tea (Asia/Tokyo, UTC+9), where it
/// is already 08:30 on 1 December, and Boston Beans (America/New_York, UTC−5), where it is 18:30 on 30 November. The MSP
/// counts in Asia/Kolkata (UTC+5:30: 05:00 on 1 December), as configured.
/// </summary>
// A host of its own: the MSP counts in Asia/Kolkata (a host setting) and the clock is set to a fixed moment in November.
public sealed class TimeZoneTests(TimeZoneTests.ZonedApp app) : IClassFixture<TimeZoneTests.ZonedApp>
{
    private const string Insights = """
        query($from: DateOnly!, $to: DateOnly!, $clientId: ID) {
          insights(from: $from, to: $to, clientId: $clientId) {
            timeZone flow { opened } volume(per: MONTH) { period count }
            clients { clientId timeZone flow { opened } }
          }
        }
        """;

    [Fact]
    public async Task A_request_late_on_the_last_day_of_a_month_counts_in_the_next_month_for_a_client_east_of_utc()
    {
        var december = await app.Host.GraphQLAsync(Insights, new { from = "2026-12-01", to = "2026-12-31", clientId = app.Tokyo }, app.Admin);
        var november = await app.Host.GraphQLAsync(Insights, new { from = "2026-11-01", to = "2026-11-30", clientId = app.Tokyo }, app.Admin);
        var dashboard = (await app.Host.GraphQLAsync(
            """{ clientDashboard { november: monthlySummary(month: "2026-11") { flow { opened } } december: monthlySummary(month: "2026-12") { flow { opened } } } }""",
            signedIn: app.TokyoMember)).Data("clientDashboard");

        Assert.Equal("Asia/Tokyo", december.Data("insights").GetProperty("timeZone").GetString());
        Assert.Equal(1, Opened(december.Data("insights")));
        Assert.Equal("""[{"period":"2026-12-01","count":1}]""", december.Data("insights").GetProperty("volume").GetRawText());
        Assert.Equal(0, Opened(november.Data("insights")));
        Assert.Equal(0, Opened(dashboard.GetProperty("november")));
        Assert.Equal(1, Opened(dashboard.GetProperty("december")));
    }

    [Fact]
    public async Task The_same_instant_stays_in_november_for_a_client_west_of_utc()
    {
        var november = (await app.Host.GraphQLAsync(Insights, new { from = "2026-11-01", to = "2026-11-30", clientId = app.Boston }, app.Admin)).Data("insights");

        Assert.Equal(1, Opened(november));
        Assert.Equal("""[{"period":"2026-11-01","count":1}]""", november.GetProperty("volume").GetRawText());
    }

    [Fact]
    public async Task Msp_wide_figures_count_in_the_msps_zone_and_each_client_line_in_its_own()
    {
        var december = (await app.Host.GraphQLAsync(Insights, new { from = "2026-12-01", to = "2026-12-31" }, app.Admin)).Data("insights");

        Assert.Equal("Asia/Kolkata", december.GetProperty("timeZone").GetString());
        Assert.Equal(2, Opened(december));
        Assert.Equal("""[{"period":"2026-12-01","count":2}]""", december.GetProperty("volume").GetRawText());
        var clients = december.GetProperty("clients").EnumerateArray().ToDictionary(client => client.GetProperty("clientId").GetGuid());
        Assert.Equal(("Asia/Tokyo", 1), (clients[app.Tokyo].GetProperty("timeZone").GetString(), Opened(clients[app.Tokyo])));
        Assert.Equal(("America/New_York", 0), (clients[app.Boston].GetProperty("timeZone").GetString(), Opened(clients[app.Boston])));
    }

    private static int Opened(JsonElement figures) => figures.GetProperty("flow").GetProperty("opened").GetInt32();

    public sealed class ZonedApp : MilestoneApp, IAsyncLifetime
    {
        public static readonly DateTimeOffset LateOnTheLastOfNovember = new(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

        public SignedIn Admin { get; private set; } = null!;

        public SignedIn TokyoMember { get; private set; } = null!;

        public Guid Tokyo => TokyoMember.ClientId!.Value;

        public Guid Boston { get; private set; }

        protected override IEnumerable<(string Key, string Value)> Settings => [("Milestone:Insights:TimeZone", "Asia/Kolkata")];

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            Clock.SetUtcNow(LateOnTheLastOfNovember);
            Admin = await this.SharedAdministratorAsync();
            TokyoMember = await this.InvitedAndSignedInAsync(Admin, Role.ClientMember, await ClientAsync("Tokyo Tea", "Asia/Tokyo"));
            Boston = await ClientAsync("Boston Beans", "America/New_York");
            var bostonMember = await this.InvitedAndSignedInAsync(Admin, Role.ClientMember, Boston);
            await this.SubmitAsync(TokyoMember);
            await this.SubmitAsync(bostonMember);
            await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

        private async Task<Guid> ClientAsync(string name, string timeZone) =>
            (await Host.GraphQLAsync(Identities.CreateClient, new { input = new { name, timeZone, locations = Array.Empty<string>() } }, Admin))
                .Data("createClientOrganisation").GetProperty("id").GetGuid();
    }
}
