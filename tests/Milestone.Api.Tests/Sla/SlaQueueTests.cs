namespace Milestone.Api.Tests.Sla;

/// <summary>The Unified Queue sorts by the soonest SLA due time and filters by SLA state; live screens hear SLA changes.</summary>
[Collection(Collections.Sla)]
public sealed class SlaQueueTests(SlaApp app)
{
    private const string Queue = """
        query($filter: RequestFilter, $first: Int, $after: String) {
          requests(filter: $filter, sort: SLA_DUE, first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { node { id urgency sla { standing response { dueAt } } } }
          }
        }
        """;

    [Fact]
    public async Task Sorting_by_SLA_due_puts_the_soonest_first_and_pages_through_the_rest()
    {
        app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, agent, normal) = await app.SubmittedAsync("NORMAL", clientName: "Sorted Ltd");
        var critical = await app.SubmitAsync(member, "CRITICAL");
        var low = await app.SubmitAsync(member, "LOW");
        var high = await app.SubmitAsync(member, "HIGH");
        var filter = new { clientIds = new[] { member.ClientId } };

        var firstPage = (await app.Host.GraphQLAsync(Queue, new { filter, first = 2 }, agent)).Data("requests");
        var secondPage = (await app.Host.GraphQLAsync(Queue, new { filter, first = 2, after = firstPage.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, agent)).Data("requests");

        Assert.Equal([critical, high], Ids(firstPage));
        Assert.Equal([normal, low], Ids(secondPage));
        Assert.False(secondPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Filtering_by_SLA_state_finds_the_requests_waiting_on_their_clients()
    {
        app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, agent, waiting) = await app.SubmittedAsync(clientName: "Filtered Ltd");
        var running = await app.SubmitAsync(member);
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{waiting}\", version: 1) {{ id }} }}", new { });
        await app.ChangedAsync(agent, $"mutation {{ waitOnClient(requestId: \"{waiting}\", version: 2, reason: \"Which printer?\") {{ id }} }}", new { });

        var paused = (await app.Host.GraphQLAsync(Queue, new { filter = new { clientIds = new[] { member.ClientId }, slaState = new[] { "PAUSED" } } }, agent)).Data("requests");
        var onTrack = (await app.Host.GraphQLAsync(Queue, new { filter = new { clientIds = new[] { member.ClientId }, slaState = new[] { "ON_TRACK" } } }, agent)).Data("requests");

        Assert.Equal([waiting], Ids(paused));
        Assert.Equal([running], Ids(onTrack));
    }

    [Fact]
    public async Task A_live_request_hears_when_its_SLA_falls_at_risk()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, _, requestId) = await app.SubmittedAsync(clientName: "Watched Ltd");
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);
        await socket.SubscribeAsync("watch", "subscription($id: ID!) { requestUpdated(id: $id) { sla { standing response { state colour } } } }", new { id = requestId });
        await socket.SubscribeAsync("ready", "{ __typename }");
        await socket.ReceiveAsync();
        await socket.ReceiveAsync();

        app.Clock.SetUtcNow(monday.AddHours(12));
        using (var scope = app.Host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(
                new SlaDeadline(SlaClock.IdFor(Guid.Parse(requestId)), SlaTargetKind.Response, SlaMilestone.AtRisk, 1, monday.AddHours(12)));
        }

        var update = (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("requestUpdated").GetProperty("sla");
        Assert.Equal("AT_RISK", update.GetProperty("standing").GetString());
        Assert.Equal(("AT_RISK", "YELLOW"), (update.GetProperty("response").GetProperty("state").GetString(), update.GetProperty("response").GetProperty("colour").GetString()));
    }

    private static string[] Ids(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!)];
}
