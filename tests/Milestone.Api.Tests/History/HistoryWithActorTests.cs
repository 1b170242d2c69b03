namespace Milestone.Api.Tests.History;

/// <summary>The auditors' histories of a request, its SLA clock and an hour bank: each event with who did it and its hash.</summary>
[Collection(Collections.Sla)]
public sealed class HistoryWithActorTests(SlaApp app)
{
    private const string Fields = "version type actorId actorName hash verified timestamp";

    [Fact]
    public async Task A_request_history_names_the_person_behind_each_event_and_chains_the_hashes()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });

        var history = (await app.Host.GraphQLAsync($"query($id: ID!) {{ requestHistory(id: $id) {{ {Fields} }} }}", new { id = requestId }, agent))
            .Data("requestHistory").EnumerateArray().ToList();
        var asTheClientSeesIt = (await app.Host.GraphQLAsync($"query($id: ID!) {{ requestHistory(id: $id) {{ {Fields} }} }}", new { id = requestId }, member))
            .Data("requestHistory").EnumerateArray().ToList();

        Assert.Equal(
            [("RequestSubmitted", member.PersonId.ToString(), "Test ClientMember"), ("WorkStarted", agent.PersonId.ToString(), "Test Agent")],
            history.Select(recorded => (recorded.GetProperty("type").GetString(), recorded.GetProperty("actorId").GetString(), recorded.GetProperty("actorName").GetString())));
        Assert.Equal(["Test ClientMember", "Test Agent"], asTheClientSeesIt.Select(recorded => recorded.GetProperty("actorName").GetString()));
        Assert.All(history.Concat(asTheClientSeesIt), recorded => Assert.True(recorded.GetProperty("verified").GetBoolean()));
        Assert.All(history, recorded => Assert.Matches("^[0-9a-f]{64}$", recorded.GetProperty("hash").GetString()));
        Assert.NotEqual(history[0].GetProperty("hash").GetString(), history[1].GetProperty("hash").GetString());
    }

    [Fact]
    public async Task An_sla_clock_history_is_milestones_own_doing_and_the_client_sees_it()
    {
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(agent, $"mutation {{ waitOnClient(requestId: \"{requestId}\", version: 2, reason: \"Which printer?\") {{ id }} }}", new { });

        var history = (await app.Host.GraphQLAsync($"query($id: ID!) {{ slaClockHistory(requestId: $id) {{ {Fields} }} }}", new { id = requestId }, member))
            .Data("slaClockHistory").EnumerateArray().ToList();

        Assert.Equal(["SlaClockStarted", "SlaClockPaused"], history.Select(recorded => recorded.GetProperty("type").GetString()));
        Assert.All(history, recorded => Assert.Equal(JsonValueKind.Null, recorded.GetProperty("actorId").ValueKind));
        Assert.Equal([1L, 2L], history.Select(recorded => recorded.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task An_hour_bank_history_names_who_opened_and_topped_it_up()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);

        var history = (await app.Host.GraphQLAsync($"query($id: ID!) {{ hourBankHistory(clientId: $id) {{ {Fields} }} }}", new { id = scene.ClientId }, scene.ClientAdmin))
            .Data("hourBankHistory").EnumerateArray().ToList();

        Assert.NotEmpty(history);
        Assert.All(history, recorded => Assert.Equal(scene.Admin.PersonId.ToString(), recorded.GetProperty("actorId").GetString()));
    }
}
