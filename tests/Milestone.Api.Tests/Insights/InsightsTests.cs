namespace Milestone.Api.Tests.Insights;

/// <summary>
/// The dashboards on the seeded quarter (<see cref="QuarterApp"/>), against figures worked out by hand. For Initech over 2026-Q4:
///
/// | figure             | by hand                                                                          |
/// |--------------------|----------------------------------------------------------------------------------|
/// | flow               | opened 4; completed 3 (R1 twice, R2); cancelled 1 (R4); reopened 1 → 33.3 %      |
/// | responses          | 2 of 2 met, average (1 800 + 3 600) / 2 = 2 700 s                                |
/// | resolutions        | 2 of 3 met, average (10 800 + 32 400 + 7 200) / 3 = 16 800 s                     |
/// | attainment         | 4 of 5 targets = 80.0 %                                                          |
/// | hours              | logged 150, billable 150 (100.0 %); sold 600, used 150 (25.0 %)                  |
/// | backlog            | R3, open 29 days 2 h → 29.1 days, over two weeks                                 |
/// | health             | 0.4 × 80 + 0.2 × 0 + 0.2 × 100 + 0.2 × 66.7 = 65.3 → 65, WATCH                   |
/// | Ann                | handled 2; response 3 600 s; resolutions 2/2, 9 000 s; 90 min; 1 of 2 reopened   |
/// | Bob                | handled 1; response 1 800 s; resolutions 0/1, 32 400 s; 60 min; none reopened    |
/// | Service desk       | Ann's all, Bob's from Tue 09:00: handled 3 (1 reopened → 33.3 %); response 1/1,   |
/// |                    | 3 600 s (Bob's was Mon); resolutions 2/3, 16 800 s; 90 + 60 min (he joined on 3 Nov) |
/// | Field              | Bob's until Tue 09:00: response 1/1, 1 800 s; nothing handled; 0 min (left 3 Nov) |
/// </summary>
[Collection(Collections.Quarter)]
public sealed class InsightsTests(QuarterApp app)
{
    private const string Insights = """
        query($from: DateOnly!, $to: DateOnly!, $clientId: ID) {
          insights(from: $from, to: $to, clientId: $clientId) {
            eventsBehind
            flow { opened completed cancelled closed reopened reopenRatePercent }
            sla { attainmentPercent responses { total met averageSeconds } resolutions { total met averageSeconds } }
            hours { loggedMinutes billableMinutes soldMinutes usedMinutes utilisationPercent burnPercent }
            backlog { open averageAgeDays overTwoWeeks }
            volume(per: MONTH) { period status urgency count }
            timeZone
            agents { agentId name handled loggedMinutes reopenedAfterwards reopenRatePercent responses { total met averageSeconds } resolutions { total met averageSeconds } }
            teams { teamId name handled loggedMinutes reopenedAfterwards reopenRatePercent responses { total met averageSeconds } resolutions { total met averageSeconds } }
            clients { clientId health { score band attainment backlog hourBank stayedDone } }
          }
        }
        """;

    [Fact]
    public async Task The_quarter_for_one_client_matches_the_figures_worked_out_by_hand()
    {
        var insights = await QuarterAsync(app.Initech);

        Assert.Equal(0, insights.GetProperty("eventsBehind").GetInt64());
        Assert.Equal("Europe/London", insights.GetProperty("timeZone").GetString());
        Assert.Equal("""{"opened":4,"completed":3,"cancelled":1,"closed":4,"reopened":1,"reopenRatePercent":33.3}""", insights.GetProperty("flow").GetRawText());
        Assert.Equal(
            """{"attainmentPercent":80,"responses":{"total":2,"met":2,"averageSeconds":2700},"resolutions":{"total":3,"met":2,"averageSeconds":16800}}""",
            insights.GetProperty("sla").GetRawText());
        Assert.Equal(
            """{"loggedMinutes":150,"billableMinutes":150,"soldMinutes":600,"usedMinutes":150,"utilisationPercent":100,"burnPercent":25}""",
            insights.GetProperty("hours").GetRawText());
        Assert.Equal("""{"open":1,"averageAgeDays":29.1,"overTwoWeeks":1}""", insights.GetProperty("backlog").GetRawText());
        var health = Assert.Single(insights.GetProperty("clients").EnumerateArray()).GetProperty("health");
        Assert.Equal("""{"score":65,"band":"WATCH","attainment":80,"backlog":0,"hourBank":100,"stayedDone":66.7}""", health.GetRawText());
        var volume = insights.GetProperty("volume").EnumerateArray().Select(line => $"{line.GetProperty("period")}/{line.GetProperty("status")}/{line.GetProperty("urgency")}={line.GetProperty("count")}");
        Assert.Equal(["2026-11-01/Completed/High=1", "2026-11-01/Completed/Normal=1", "2026-11-01/Submitted/Normal=1", "2026-12-01/Cancelled/Low=1"], volume);
    }

    [Fact]
    public async Task Agent_performance_credits_each_agent_by_name_with_their_own_work()
    {
        var agents = (await QuarterAsync(app.Initech)).GetProperty("agents").EnumerateArray().ToDictionary(agent => agent.GetProperty("agentId").GetGuid());

        Assert.Equal(2, agents.Count);
        Assert.Equal(
            """{"agentId":"ANN","name":"Ann Agent","handled":2,"loggedMinutes":90,"reopenedAfterwards":1,"reopenRatePercent":50,"responses":{"total":1,"met":1,"averageSeconds":3600},"resolutions":{"total":2,"met":2,"averageSeconds":9000}}""",
            agents[app.Ann.PersonId].GetRawText().Replace(app.Ann.PersonId.ToString(), "ANN", StringComparison.Ordinal));
        Assert.Equal(
            """{"agentId":"BOB","name":"Bob Agent","handled":1,"loggedMinutes":60,"reopenedAfterwards":0,"reopenRatePercent":0,"responses":{"total":1,"met":1,"averageSeconds":1800},"resolutions":{"total":1,"met":0,"averageSeconds":32400}}""",
            agents[app.Bob.PersonId].GetRawText().Replace(app.Bob.PersonId.ToString(), "BOB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agents_and_clients_in_insights_link_to_the_person_and_the_organisation()
    {
        var insights = (await app.Host.GraphQLAsync(
            "query($c: ID) { insights(from: \"2026-10-01\", to: \"2026-12-31\", clientId: $c) { agents { agentId agent { name } } clients { client { name } } } }",
            new { c = app.Initech }, app.Admin)).Data("insights");

        Assert.Equal(["Ann Agent", "Bob Agent"], insights.GetProperty("agents").EnumerateArray().Select(agent => agent.GetProperty("agent").GetProperty("name").GetString()).Order());
        Assert.Equal("Initech", Assert.Single(insights.GetProperty("clients").EnumerateArray()).GetProperty("client").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Team_performance_counts_each_members_work_while_they_belonged_to_the_team()
    {
        var teams = (await QuarterAsync(app.Initech)).GetProperty("teams").EnumerateArray().Select(team => team.GetRawText()
            .Replace(app.ServiceDesk.ToString(), "DESK", StringComparison.Ordinal).Replace(app.Field.ToString(), "FIELD", StringComparison.Ordinal));

        Assert.Equal(
            [
                """{"teamId":"FIELD","name":"Field","handled":0,"loggedMinutes":0,"reopenedAfterwards":0,"reopenRatePercent":null,"responses":{"total":1,"met":1,"averageSeconds":1800},"resolutions":{"total":0,"met":0,"averageSeconds":null}}""",
                """{"teamId":"DESK","name":"Service desk","handled":3,"loggedMinutes":150,"reopenedAfterwards":1,"reopenRatePercent":33.3,"responses":{"total":1,"met":1,"averageSeconds":3600},"resolutions":{"total":3,"met":2,"averageSeconds":16800}}""",
            ],
            teams);
    }

    [Fact]
    public async Task Without_a_client_every_client_is_counted_and_each_has_its_own_line()
    {
        var insights = await QuarterAsync(clientId: null);

        Assert.Equal(5, insights.GetProperty("flow").GetProperty("opened").GetInt32());
        Assert.Equal(2, insights.GetProperty("backlog").GetProperty("open").GetInt32());
        var clients = insights.GetProperty("clients").EnumerateArray().Select(client => client.GetProperty("clientId").GetGuid()).ToHashSet();
        Assert.Superset(new HashSet<Guid> { app.Initech, app.Globex }, clients);
    }

    [Fact]
    public async Task The_portal_dashboard_shows_open_requests_with_their_sla_colour_the_bank_and_any_past_month()
    {
        await CaughtUpAsync();
        var dashboard = (await app.Host.GraphQLAsync(
            """
            {
              clientDashboard {
                clientId
                openRequests { title sla { response { colour } } }
                hourBank { remainingMinutes }
                hourBankForecast { remainingMinutes }
                recentActivity(first: 2) { kind }
                november: monthlySummary(month: "2026-11") { month eventsBehind flow { opened closed reopened } hours { usedMinutes } sla { attainmentPercent } }
                december: monthlySummary(month: "2026-12") { flow { opened closed } sla { attainmentPercent } }
              }
            }
            """,
            signedIn: app.Member)).Data("clientDashboard");

        Assert.Equal(app.Initech, dashboard.GetProperty("clientId").GetGuid());
        var open = Assert.Single(dashboard.GetProperty("openRequests").EnumerateArray());
        Assert.Equal("RED", open.GetProperty("sla").GetProperty("response").GetProperty("colour").GetString());
        Assert.Equal(450, dashboard.GetProperty("hourBank").GetProperty("remainingMinutes").GetInt32());
        Assert.Equal(450, dashboard.GetProperty("hourBankForecast").GetProperty("remainingMinutes").GetInt32());
        Assert.Equal(["CANCELLED", "SUBMITTED"], dashboard.GetProperty("recentActivity").EnumerateArray().Select(entry => entry.GetProperty("kind").GetString()));
        Assert.Equal(
            """{"month":"2026-11","eventsBehind":0,"flow":{"opened":3,"closed":3,"reopened":1},"hours":{"usedMinutes":150},"sla":{"attainmentPercent":80}}""",
            dashboard.GetProperty("november").GetRawText());
        Assert.Equal("""{"flow":{"opened":1,"closed":1},"sla":{"attainmentPercent":null}}""", dashboard.GetProperty("december").GetRawText());
    }

    [Fact]
    public async Task Client_users_are_refused_staff_insights_and_another_clients_dashboard()
    {
        var insights = await app.Host.GraphQLAsync(Insights, new { from = "2026-10-01", to = "2026-12-31" }, app.Member);
        var dashboard = await app.Host.GraphQLAsync("query($id: ID) { clientDashboard(clientId: $id) { clientId } }", new { id = app.Globex }, app.Member);

        Assert.Equal("FORBIDDEN", insights.SingleError().Code());
        Assert.Equal("NOT_FOUND", dashboard.SingleError().Code());
    }

    private async Task<JsonElement> QuarterAsync(Guid? clientId)
    {
        await CaughtUpAsync();
        return (await app.Host.GraphQLAsync(Insights, new { from = "2026-10-01", to = "2026-12-31", clientId }, app.Admin)).Data("insights");
    }

    /// <summary>Other tests of the collection append events (a review link) that the reporting projections take in moments later.</summary>
    private Task CaughtUpAsync() => app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
}
