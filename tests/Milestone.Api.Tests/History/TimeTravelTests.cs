namespace Milestone.Api.Tests.History;

/// <summary>request(id, asOf) and its sla, rebuilt from the events stored up to the moments the request's history shows.</summary>
[Collection(Collections.Sla)]
public sealed class TimeTravelTests(SlaApp app)
{
    private const string AsOf = "query($id: ID!, $asOf: DateTimeOffset) { request(id: $id, asOf: $asOf) { status version urgency sla { standing } } }";

    [Fact]
    public async Task A_request_and_its_sla_as_they_stood_after_each_change()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.ChangedAsync(agent, $"mutation {{ changeUrgency(requestId: \"{requestId}\", version: 2, urgency: HIGH, reason: \"Whole floor\") {{ id }} }}", new { });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.ChangedAsync(agent, $"mutation {{ waitOnClient(requestId: \"{requestId}\", version: 3, reason: \"Which printer?\") {{ id }} }}", new { });
        var stored = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { timestamp } }", new { id = requestId }, agent))
            .Data("requestHistory").EnumerateArray().Select(recorded => recorded.GetProperty("timestamp").GetDateTimeOffset()).ToList();

        async Task<JsonElement> RequestAsOf(DateTimeOffset? asOf) =>
            (await app.Host.GraphQLAsync(AsOf, new { id = requestId, asOf }, member)).Data("request");

        var beforeSubmission = await RequestAsOf(stored[0].AddTicks(-10));
        var started = await RequestAsOf(stored[1]);
        var raised = await RequestAsOf(stored[2]);
        var now = await RequestAsOf(null);
        var afterwards = await RequestAsOf(stored[3].AddMinutes(1));

        Assert.Equal(JsonValueKind.Null, beforeSubmission.ValueKind);
        Assert.Equal(("IN_PROGRESS", 2, "NORMAL", "ON_TRACK"), Summary(started));
        Assert.Equal(("IN_PROGRESS", 3, "HIGH", "ON_TRACK"), Summary(raised));
        Assert.Equal(("WAITING_ON_CLIENT", 4, "HIGH", "PAUSED"), Summary(now));
        Assert.Equal(Summary(now), Summary(afterwards));
    }

    private static (string?, int, string?, string?) Summary(JsonElement request) => (
        request.GetProperty("status").GetString(),
        request.GetProperty("version").GetInt32(),
        request.GetProperty("urgency").GetString(),
        request.GetProperty("sla").GetProperty("standing").GetString());
}
