namespace Milestone.Api.Tests.Sla;

/// <summary>
/// A client on a policy with follow-up targets (NORMAL: next reply within 2 h, a public update at least every 6 h)
/// on London office hours. The request is submitted Monday 08:00 UTC and answered at 10:00: the first update is due
/// at 16:00. The client writes at 11:00, so the next reply is due at 13:00; staff reply at 12:30 (1 h 30 min, met),
/// which also ends the first update's wait (2 h 30 min, met) and starts the second, due Tuesday 10:30.
/// </summary>
[Collection(Collections.Sla)]
public sealed class SlaFollowUpTargetTests(SlaApp app)
{
    private const string Post = "mutation($requestId: ID!, $body: String!) { postMessage(requestId: $requestId, body: $body) { id } }";

    private const string FollowUps = """
        query($id: ID!) {
          request(id: $id) {
            sla {
              nextReply { kind state cycle dueAt targetSeconds elapsedSeconds }
              periodicUpdate { kind state cycle dueAt targetSeconds elapsedSeconds }
            }
          }
        }
        """;

    private const string Compliance = """
        query($month: String!, $clientId: ID) {
          slaCompliance(fromMonth: $month, toMonth: $month, clientId: $clientId) {
            groups {
              nextReplies { total met averageSeconds }
              periodicUpdates { total met averageSeconds }
            }
          }
        }
        """;

    [Fact]
    public async Task Staff_answer_each_client_message_and_keep_the_client_updated_within_the_policys_follow_up_targets()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var policy = (await app.Host.GraphQLAsync(
            "mutation($input: SlaPolicyInput!) { defineSlaPolicy(input: $input) { id targets { urgency nextReplyMinutes periodicUpdateMinutes } } }",
            new { input = Attentive(calendarId) },
            admin)).Data("defineSlaPolicy");
        var (member, agent, _) = await app.SubmittedAsync(clientName: "Attentive Ltd");
        await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { slaPolicyId } }",
            new { clientId = member.ClientId, policyId = policy.GetProperty("id").GetString() },
            admin);
        var requestId = await app.SubmitAsync(member);

        app.Clock.SetUtcNow(monday.AddHours(10));
        await app.ChangedAsync(agent, Post, new { requestId, body = "Looking into it" });
        var answered = await FollowUpsAsync(member, requestId);
        app.Clock.SetUtcNow(monday.AddHours(11));
        await app.ChangedAsync(member, Post, new { requestId, body = "It is jamming again" });
        var asked = await FollowUpsAsync(member, requestId);
        app.Clock.SetUtcNow(monday.AddHours(12.5));
        await app.ChangedAsync(agent, Post, new { requestId, body = "New roller on its way" });
        var replied = await FollowUpsAsync(member, requestId);
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var compliance = (await app.Host.GraphQLAsync(Compliance, new { month = monday.ToString("yyyy-MM"), clientId = member.ClientId }, admin)).Data("slaCompliance");

        Assert.Equal((120, 360), (policy.GetProperty("targets")[1].GetProperty("nextReplyMinutes").GetInt32(), policy.GetProperty("targets")[1].GetProperty("periodicUpdateMinutes").GetInt32()));
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("nextReply").ValueKind);
        Assert.Equal(("PERIODIC_UPDATE", 1, monday.AddHours(16)), Target(answered.GetProperty("periodicUpdate")));
        Assert.Equal(("NEXT_REPLY", 1, monday.AddHours(13)), Target(asked.GetProperty("nextReply")));
        Assert.Equal(("MET", 5400), (replied.GetProperty("nextReply").State(), replied.GetProperty("nextReply").GetProperty("elapsedSeconds").GetInt32()));
        Assert.Equal(("PERIODIC_UPDATE", 2, monday.AddDays(1).AddHours(10.5)), Target(replied.GetProperty("periodicUpdate")));
        var month = Assert.Single(compliance.GetProperty("groups").EnumerateArray());
        Assert.Equal((1, 1, 5400), Attainment(month.GetProperty("nextReplies")));
        Assert.Equal((1, 1, 9000), Attainment(month.GetProperty("periodicUpdates")));
    }

    private static object Attentive(string calendarId) => new
    {
        name = "Attentive",
        calendarId,
        timeZoneSource = "CALENDAR",
        atRiskPercent = 75,
        targets = new[]
        {
            new { urgency = "LOW", responseMinutes = 480, resolutionMinutes = 2400, nextReplyMinutes = (int?)null, periodicUpdateMinutes = (int?)null },
            new { urgency = "NORMAL", responseMinutes = 240, resolutionMinutes = 960, nextReplyMinutes = (int?)120, periodicUpdateMinutes = (int?)360 },
            new { urgency = "HIGH", responseMinutes = 120, resolutionMinutes = 480, nextReplyMinutes = (int?)60, periodicUpdateMinutes = (int?)240 },
            new { urgency = "CRITICAL", responseMinutes = 30, resolutionMinutes = 240, nextReplyMinutes = (int?)30, periodicUpdateMinutes = (int?)120 },
        },
    };

    private async Task<JsonElement> FollowUpsAsync(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(FollowUps, new { id = requestId }, who)).Data("request").GetProperty("sla");

    private static (string, int, DateTimeOffset) Target(JsonElement target) =>
        (target.GetProperty("kind").GetString()!, target.GetProperty("cycle").GetInt32(), target.DueAt());

    private static (int, int, int) Attainment(JsonElement attainment) =>
        (attainment.GetProperty("total").GetInt32(), attainment.GetProperty("met").GetInt32(), attainment.GetProperty("averageSeconds").GetInt32());
}
