namespace Milestone.Api.Tests.Sla;

/// <summary>
/// At-risk and breach happen on time, through Wolverine's durable scheduler: a NORMAL request submitted
/// on a Monday at 08:00 UTC is at risk at 12:00 and breaches its response target at 13:00.
/// Wolverine counts the delay in real time, so each test moves the fake clock to the moment and then
/// makes the stored deadlines due at once, leaving the firing itself to Wolverine.
/// </summary>
[Collection(Collections.Sla)]
public sealed class SlaDeadlineTests(SlaApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task At_risk_then_breach_are_recorded_on_time_by_scheduled_messages_that_survive_a_restart()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, _, requestId) = await app.SubmittedAsync();
        var clockId = SlaClock.IdFor(Guid.Parse(requestId));
        var scheduled = await ScheduledDeadlinesAsync(clockId);

        await app.RestartAsync();
        app.Clock.SetUtcNow(monday.AddHours(12));
        await MakeScheduledDeadlinesDueAsync(clockId);
        await EventuallyRecordedAsync<SlaAtRisk>(clockId, 1);
        var atRisk = (await app.SlaAsync(member, requestId)).GetProperty("response");
        app.Clock.SetUtcNow(monday.AddHours(13));
        await MakeScheduledDeadlinesDueAsync(clockId);
        await EventuallyRecordedAsync<SlaBreached>(clockId, 1);
        var sla = await app.SlaAsync(member, requestId);

        Assert.Equal(4, scheduled);
        Assert.Equal(("AT_RISK", "YELLOW"), (atRisk.State(), atRisk.GetProperty("colour").GetString()));
        Assert.Equal(("BREACHED", "RED"), (sla.GetProperty("response").State(), sla.GetProperty("response").GetProperty("colour").GetString()));
        Assert.Equal("BREACHED", sla.GetProperty("standing").GetString());
        Assert.Equal("ON_TRACK", sla.GetProperty("resolution").State());
        Assert.Equal([SlaTargetKind.Response], (await RecordedAsync<SlaAtRisk>(clockId)).Select(recorded => recorded.Kind));
        Assert.Equal([SlaTargetKind.Response], (await RecordedAsync<SlaBreached>(clockId)).Select(recorded => recorded.Kind));
    }

    [Fact]
    public async Task A_deadline_delivered_twice_or_after_the_target_stopped_records_nothing_more()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (_, agent, requestId) = await app.SubmittedAsync();
        var clockId = SlaClock.IdFor(Guid.Parse(requestId));
        await app.ChangedAsync(agent, "mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"On it\") { id } }", new { requestId });
        var responseBreach = new SlaDeadline(clockId, SlaTargetKind.Response, SlaMilestone.Breach, 1, monday.AddHours(13));
        var resolutionAtRisk = new SlaDeadline(clockId, SlaTargetKind.Resolution, SlaMilestone.AtRisk, 1, monday.AddDays(1).AddHours(13));

        app.Clock.SetUtcNow(monday.AddDays(1).AddHours(15));
        await DeliverAsync(responseBreach);
        await DeliverAsync(resolutionAtRisk);
        await DeliverAsync(resolutionAtRisk);

        Assert.Empty(await RecordedAsync<SlaBreached>(clockId));
        Assert.Equal([SlaTargetKind.Resolution], (await RecordedAsync<SlaAtRisk>(clockId)).Select(recorded => recorded.Kind));
    }

    [Fact]
    public async Task A_deadline_that_arrives_before_its_clock_heard_of_a_reply_in_time_records_nothing()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();
        var request = Guid.Parse(requestId);
        var clockId = SlaClock.IdFor(request);
        await AppendedWithoutForwardingAsync(request, new MessagePosted(request, member.ClientId!.Value, Guid.NewGuid(), agent.PersonId, ByStaff: true, Internal: false, "On it", monday.AddHours(10)));
        var responseAtRisk = new SlaDeadline(clockId, SlaTargetKind.Response, SlaMilestone.AtRisk, 1, monday.AddHours(12));

        app.Clock.SetUtcNow(monday.AddHours(12));
        await DeliverAsync(responseAtRisk);

        Assert.Empty(await RecordedAsync<SlaAtRisk>(clockId));
        var stopped = Assert.Single(await RecordedAsync<SlaTargetStopped>(clockId));
        Assert.Equal((SlaTargetKind.Response, true, monday.AddHours(10)), (stopped.Kind, stopped.Met, stopped.StoppedAt));
    }

    /// <summary>
    /// The request event as its command would have written it, but not forwarded to the clock's queue: the clock stays
    /// where it was, as when its queue runs behind the deadlines'.
    /// </summary>
    private async Task AppendedWithoutForwardingAsync(Guid requestId, object requestEvent)
    {
        await using var session = app.Store.LightweightSession();
        session.Events.Append(requestId, requestEvent);
        await session.SaveChangesAsync();
    }

    private async Task DeliverAsync(SlaDeadline deadline)
    {
        using var scope = app.Host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(deadline);
    }

    private async Task<int> ScheduledDeadlinesAsync(Guid clockId)
    {
        await using var connection = await OpenAsync();
        await using var count = new NpgsqlCommand(
            "select count(*) from milestone.wolverine_incoming_envelopes where status = 'Scheduled' and position(@clock in body) > 0", connection);
        count.Parameters.AddWithValue("clock", System.Text.Encoding.UTF8.GetBytes(clockId.ToString()));
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }

    private async Task MakeScheduledDeadlinesDueAsync(Guid clockId) =>
        Assert.True(await app.MakeDueAsync(string.Empty, clockId.ToString()) > 0, "No deadline of this clock was scheduled.");

    private async Task EventuallyRecordedAsync<T>(Guid clockId, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while ((await RecordedAsync<T>(clockId)).Count < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {typeof(T).Name} was recorded within {Patience.TotalSeconds} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private async Task<IReadOnlyList<T>> RecordedAsync<T>(Guid clockId)
    {
        await using var session = app.Store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(clockId)).Select(recorded => recorded.Data).OfType<T>()];
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
