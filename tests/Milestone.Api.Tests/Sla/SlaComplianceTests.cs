namespace Milestone.Api.Tests.Sla;

/// <summary>
/// A seeded month against a table worked out by hand. Office hours 09:00–17:00; targets NORMAL 4 h / 16 h,
/// HIGH 2 h / 8 h. Four requests submitted on Monday at 08:00 (counting from 09:00):
///
/// | request | urgency | first public reply      | completed             | credited |
/// |---------|---------|-------------------------|-----------------------|----------|
/// | R1      | NORMAL  | Mon 10:00, 1 h, met     | Mon 12:00, 3 h, met   | Ann      |
/// | R2      | NORMAL  | Mon 14:00, 5 h, late    | Mon 15:00, 6 h, met   | Ann      |
/// | R3      | HIGH    | Mon 09:30, 30 min, met  | Tue 10:00, 9 h, late  | Bob      |
/// | R4      | NORMAL  | —                       | cancelled: not counted | —        |
/// </summary>
[Collection(Collections.Sla)]
public sealed class SlaComplianceTests(SlaApp app)
{
    private const string Compliance = """
        query($from: String!, $to: String!, $clientId: ID, $groupBy: [SlaComplianceDimension!]) {
          slaCompliance(fromMonth: $from, toMonth: $to, clientId: $clientId, groupBy: $groupBy) {
            eventsBehind
            groups {
              clientId month urgency agentId
              responses { total met breached attainmentPercent averageSeconds p90Seconds }
              resolutions { total met breached attainmentPercent averageSeconds p90Seconds }
            }
          }
        }
        """;

    [Fact]
    public async Task Compliance_for_a_seeded_month_matches_the_table_worked_out_by_hand()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        // The table is one month's: its Monday and Tuesday must both fall in it (30 November 2026 is a Monday).
        while (monday.AddDays(1).Month != monday.Month)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            monday = app.Clock.AdvanceToMondayMorning();
        }

        var month = monday.ToString("yyyy-MM");
        await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var (member, ann, r1) = await app.SubmittedAsync(clientName: "Measured Ltd");
        var bob = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var r2 = await app.SubmitAsync(member);
        var r3 = await app.SubmitAsync(member, "HIGH");
        var r4 = await app.SubmitAsync(member);

        await At(monday.AddHours(9.5), () => Reply(bob, r3));
        await At(monday.AddHours(10), () => Reply(ann, r1));
        await At(monday.AddHours(12), () => Complete(ann, r1));
        await At(monday.AddHours(14), () => Reply(ann, r2));
        await At(monday.AddHours(15), () => Complete(ann, r2));
        await At(monday.AddHours(15), () => app.Host.GraphQLAsync($"mutation {{ cancelRequest(requestId: \"{r4}\", version: 1, reason: \"Fixed itself\") {{ id }} }}", signedIn: member));
        await At(monday.AddDays(1).AddHours(10), () => Complete(bob, r3));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var byUrgencyAndAgent = await Report(admin, month, member.ClientId, ["URGENCY", "AGENT"]);
        var byMonth = await Report(admin, month, member.ClientId, ["MONTH"]);

        Assert.Equal(0, byUrgencyAndAgent.GetProperty("eventsBehind").GetInt64());
        var groups = byUrgencyAndAgent.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(2, groups.Count);
        var high = groups.Single(group => group.GetProperty("urgency").GetString() == "HIGH");
        var normal = groups.Single(group => group.GetProperty("urgency").GetString() == "NORMAL");
        Assert.Equal(bob.PersonId.ToString(), high.GetProperty("agentId").GetString());
        Assert.Equal(ann.PersonId.ToString(), normal.GetProperty("agentId").GetString());
        Assert.Equal((2, 1, 1, 50.0, 10800, 18000), Attainment(normal, "responses"));
        Assert.Equal((2, 2, 0, 100.0, 16200, 21600), Attainment(normal, "resolutions"));
        Assert.Equal((1, 1, 0, 100.0, 1800, 1800), Attainment(high, "responses"));
        Assert.Equal((1, 0, 1, 0.0, 32400, 32400), Attainment(high, "resolutions"));
        var whole = Assert.Single(byMonth.GetProperty("groups").EnumerateArray());
        Assert.Equal(month, whole.GetProperty("month").GetString());
        Assert.Equal((3, 2, 1, 66.7, 7800, 18000), Attainment(whole, "responses"));
        Assert.Equal((3, 2, 1, 66.7, 21600, 32400), Attainment(whole, "resolutions"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_resolution_is_credited_to_whom_the_request_was_assigned_long_before_someone_else_completed_it(bool followedByAnEarlierVersion)
    {
        await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var (member, ann, requestId) = await app.SubmittedAsync(clientName: "Handed On Ltd");
        var bob = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var month = app.Clock.GetUtcNow().ToString("yyyy-MM");

        await At(app.Clock.GetUtcNow(), () => app.Host.GraphQLAsync(
            $"mutation {{ assignRequest(requestId: \"{requestId}\", version: 1, assigneeId: \"{bob.PersonId}\") {{ id }} }}", signedIn: ann));
        await At(app.Clock.GetUtcNow().AddMinutes(10), () => Reply(ann, requestId));
        if (followedByAnEarlierVersion)
        {
            await ForgetFollowedAssigneeAsync(requestId);
        }

        var version = (await app.Host.GraphQLAsync($"{{ request(id: \"{requestId}\") {{ version }} }}", signedIn: ann)).Data("request").GetProperty("version").GetInt32();
        await At(app.Clock.GetUtcNow().AddMinutes(10), () => app.Host.GraphQLAsync(
            $"mutation {{ completeRequest(requestId: \"{requestId}\", version: {version}) {{ id }} }}", signedIn: ann));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var groups = (await Report(admin, month, member.ClientId, ["AGENT"])).GetProperty("groups").EnumerateArray().ToList();
        var resolvedBy = groups.Single(group => group.GetProperty("resolutions").GetProperty("total").GetInt32() == 1);
        Assert.Equal(bob.PersonId.ToString(), resolvedBy.GetProperty("agentId").GetString());
    }

    /// <summary>What an earlier version stored: how far the clock followed, without the assignee.</summary>
    private async Task ForgetFollowedAssigneeAsync(string requestId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"UPDATE milestone.mt_doc_slafollowing SET data = data - 'assignee' - 'tracksAssignee' WHERE id = '{requestId}'", connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task A_client_sees_only_its_own_figures_and_cannot_ask_for_another_clients()
    {
        var stranger = await app.ClientUserAsync(Role.ClientAdmin, "Elsewhere Ltd");
        var (member, _, _) = await app.SubmittedAsync(clientName: "Private Ltd");
        var month = app.Clock.GetUtcNow().ToString("yyyy-MM");

        var own = await Report(member, month, clientId: null, ["CLIENT"]);
        var other = await app.Host.GraphQLAsync(Compliance, new { from = month, to = month, clientId = stranger.ClientId, groupBy = new[] { "CLIENT" } }, member);

        Assert.All(own.GetProperty("groups").EnumerateArray(), group => Assert.Equal(member.ClientId.ToString(), group.GetProperty("clientId").GetString()));
        Assert.Equal("NOT_FOUND", other.SingleError().Code());
    }

    [Fact]
    public async Task A_month_range_that_is_not_one_is_refused()
    {
        var admin = await app.SharedAdministratorAsync();

        var backwards = await app.Host.GraphQLAsync(Compliance, new { from = "2026-11", to = "2026-10" }, admin);
        var notAMonth = await app.Host.GraphQLAsync(Compliance, new { from = "November", to = "2026-11" }, admin);

        Assert.Equal(("VALIDATION", "toMonth"), (backwards.SingleError().Code(), backwards.SingleError().Extension("field")));
        Assert.Equal(("VALIDATION", "fromMonth"), (notAMonth.SingleError().Code(), notAMonth.SingleError().Extension("field")));
    }

    private async Task At(DateTimeOffset moment, Func<Task<JsonElement>> change)
    {
        app.Clock.SetUtcNow(moment);
        var response = await app.SettledAsync(change);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }

    private Task<JsonElement> Reply(SignedIn agent, string requestId) =>
        app.Host.GraphQLAsync("mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"On it\") { id } }", new { requestId }, agent);

    private Task<JsonElement> Complete(SignedIn agent, string requestId) =>
        app.Host.GraphQLAsync($"mutation {{ completeRequest(requestId: \"{requestId}\", version: 2) {{ id }} }}", signedIn: agent);

    private async Task<JsonElement> Report(SignedIn who, string month, Guid? clientId, string[] groupBy) =>
        (await app.Host.GraphQLAsync(Compliance, new { from = month, to = month, clientId, groupBy }, who)).Data("slaCompliance");

    private static (int, int, int, double, int, int) Attainment(JsonElement group, string kind)
    {
        var attainment = group.GetProperty(kind);
        return (
            attainment.GetProperty("total").GetInt32(),
            attainment.GetProperty("met").GetInt32(),
            attainment.GetProperty("breached").GetInt32(),
            attainment.GetProperty("attainmentPercent").GetDouble(),
            attainment.GetProperty("averageSeconds").GetInt32(),
            attainment.GetProperty("p90Seconds").GetInt32());
    }
}
