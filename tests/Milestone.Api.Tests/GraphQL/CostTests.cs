namespace Milestone.Api.Tests.GraphQL;

/// <summary>
/// The cost limit fits the screens the three apps show and still refuses documents that ask for the
/// whole database at once; a caller can see what a document cost.
/// </summary>
[Collection(Collections.GraphQL)]
public sealed class CostTests(MilestoneApp app)
{
    public const string QueuePage = """
        query Queue {
          requests(first: 100, sort: NEWEST) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                id title status urgency submittedAt version clientId assigneeId
                client { id name } assignee { id name } submitter { id name }
                sla {
                  standing
                  response { state colour dueAt remainingSeconds elapsedSeconds targetSeconds }
                  resolution { state colour dueAt remainingSeconds elapsedSeconds targetSeconds }
                }
              }
            }
          }
        }
        """;

    public const string Policies = """
        { slaPolicies { id name isDefault policyVersion streamVersion calendarId timeZoneSource atRiskPercent targets { urgency responseMinutes resolutionMinutes } }
          businessCalendars { id name timeZone alwaysOpen workingHours { day start end } holidays { date name } } }
        """;

    public const string Statement = """
        query($c: ID!) {
          hourBankStatement(clientId: $c, month: "2026-11") {
            month timeZone reconciles creditedMinutes debitedMinutes reversedMinutes expiredMinutes adjustedMinutes
            opening { purchasedMinutes allocatedMinutes consumedMinutes remainingMinutes overageMinutes }
            closing { purchasedMinutes allocatedMinutes consumedMinutes remainingMinutes overageMinutes }
            lines { at entry minutes overageMinutes creditId worklogId requestId agentId category workDate loggedMinutes note draws { creditId minutes } }
          }
        }
        """;

    public const string AdminLists = """
        { people { id name email role status clientId clientScope }
          clientOrganisations { id name timeZone }
          teams { id name members { id name } } }
        """;

    [Theory]
    [InlineData(QueuePage)]
    [InlineData(Policies)]
    [InlineData(Statement)]
    [InlineData(AdminLists)]
    public async Task The_apps_screens_fit_the_limit(string document)
    {
        var cost = await CostAsync(document, new { c = Guid.NewGuid() });

        Assert.InRange(cost, 1, 1_000);
    }

    [Fact]
    public async Task A_paged_list_counts_per_item_asked_for()
    {
        const string page = "query($n: Int!) { requests(first: $n) { edges { node { id title } } } }";

        Assert.Equal(5 * await CostAsync(page, new { n = 10 }) - 4 * await CostAsync(page, new { n = 0 }), await CostAsync(page, new { n = 50 }));
    }

    [Fact]
    public async Task Scalars_cost_nothing()
    {
        Assert.Equal(await CostAsync("{ me { id } }", null), await CostAsync("{ me { id name email role status clientId } }", null));
    }

    [Fact]
    public async Task Without_the_report_header_no_cost_is_added()
    {
        var response = await Post("{ me { id } }", null, report: false);

        Assert.False(response.TryGetProperty("extensions", out _));
    }

    private async Task<double> CostAsync(string document, object? variables)
    {
        var response = await Post(document, variables, report: true);
        var cost = response.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(1_000, cost.GetProperty("limit").GetInt32());
        return cost.GetProperty("requested").GetDouble();
    }

    private async Task<JsonElement> Post(string document, object? variables, bool report)
    {
        var admin = await app.SharedAdministratorAsync();
        using var http = app.Host.Server.CreateClient();
        var call = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = document, variables }), Encoding.UTF8, "application/json"),
        };
        call.Headers.Authorization = new("Bearer", admin.AccessToken);
        if (report)
        {
            call.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await http.SendAsync(call);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
