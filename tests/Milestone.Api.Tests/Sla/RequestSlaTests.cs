namespace Milestone.Api.Tests.Sla;

/// <summary>
/// A request's clocks under the default policy (London office hours; NORMAL: respond in 4 h,
/// resolve in 16 h). Submitted on a Monday at 08:00 UTC, counting starts at 09:00.
/// </summary>
[Collection(Collections.Sla)]
public sealed class RequestSlaTests(SlaApp app)
{
    private const string Post = "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }";

    [Fact]
    public async Task A_request_counts_its_targets_in_business_hours_from_submission()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var (member, _, requestId) = await app.SubmittedAsync();

        var sla = await app.SlaAsync(member, requestId);

        Assert.Equal((1, "ON_TRACK", "GREEN"), (sla.GetProperty("policyVersion").GetInt32(), sla.GetProperty("response").State(), sla.GetProperty("response").GetProperty("colour").GetString()));
        Assert.Equal(monday.AddHours(13), sla.GetProperty("response").DueAt());
        Assert.Equal(monday.AddDays(1).AddHours(17), sla.GetProperty("resolution").DueAt());
        Assert.Equal((0, 4 * 3600), (sla.GetProperty("response").GetProperty("elapsedSeconds").GetInt32(), sla.GetProperty("response").GetProperty("remainingSeconds").GetInt32()));
    }

    [Fact]
    public async Task An_internal_note_does_not_stop_the_response_clock_and_the_first_public_reply_does()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var (member, agent, requestId) = await app.SubmittedAsync();

        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ChangedAsync(agent, Post, new { requestId, body = "Looks like KB-12", @internal = true });
        var afterNote = await app.SlaAsync(member, requestId);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.ChangedAsync(agent, Post, new { requestId, body = "We are on it", @internal = false });
        var afterReply = await app.SlaAsync(member, requestId);

        Assert.Equal("ON_TRACK", afterNote.GetProperty("response").State());
        Assert.Equal(3600, afterNote.GetProperty("response").GetProperty("elapsedSeconds").GetInt32());
        Assert.Equal(("MET", 5400), (afterReply.GetProperty("response").State(), afterReply.GetProperty("response").GetProperty("elapsedSeconds").GetInt32()));
        Assert.Equal("ON_TRACK", afterReply.GetProperty("resolution").State());
    }

    [Fact]
    public async Task Elapsed_and_remaining_seconds_add_up_to_the_target_between_whole_seconds()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var (member, _, requestId) = await app.SubmittedAsync();

        app.Clock.SetUtcNow(monday.AddHours(10).AddMilliseconds(500));
        var response = (await app.SlaAsync(member, requestId)).GetProperty("response");

        Assert.Equal(
            (3600, 4 * 3600),
            (response.GetProperty("elapsedSeconds").GetInt32(), response.GetProperty("elapsedSeconds").GetInt32() + response.GetProperty("remainingSeconds").GetInt32()));
    }

    [Fact]
    public async Task A_stopped_target_shows_when_it_stopped_and_no_due_time()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var (member, agent, requestId) = await app.SubmittedAsync();

        app.Clock.SetUtcNow(monday.AddHours(10));
        await app.ChangedAsync(agent, Post, new { requestId, body = "We are on it", @internal = false });
        var sla = await app.SlaAsync(member, requestId);

        Assert.Equal("MET", sla.GetProperty("response").State());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sla.GetProperty("response").GetProperty("dueAt").ValueKind);
        Assert.Equal(monday.AddHours(10), sla.GetProperty("response").GetProperty("stoppedAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sla.GetProperty("resolution").GetProperty("stoppedAt").ValueKind);
    }

    [Fact]
    public async Task Waiting_on_the_client_pauses_both_clocks_and_their_reply_resumes_them()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var (member, agent, requestId) = await app.SubmittedAsync();
        await app.ChangedAsync(agent, $"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", new { });

        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ChangedAsync(agent, $"mutation {{ waitOnClient(requestId: \"{requestId}\", version: 2, reason: \"Which printer?\") {{ id }} }}", new { });
        var paused = await app.SlaAsync(member, requestId);
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ChangedAsync(member, Post, new { requestId, body = "The one on floor 3" });
        var resumed = await app.SlaAsync(member, requestId);

        Assert.Equal(("PAUSED", "PAUSED"), (paused.GetProperty("response").State(), paused.GetProperty("resolution").State()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, paused.GetProperty("response").GetProperty("dueAt").ValueKind);
        Assert.Equal(monday.AddHours(15), resumed.GetProperty("response").DueAt());
        Assert.Equal(monday.AddDays(2).AddHours(11), resumed.GetProperty("resolution").DueAt());
        Assert.Equal("ON_TRACK", resumed.GetProperty("resolution").State());
    }

    [Fact]
    public async Task Raising_the_urgency_counts_the_time_already_spent_and_a_reopen_starts_a_new_resolution_cycle()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        await app.DefaultPolicyAsync();
        var (member, agent, requestId) = await app.SubmittedAsync();

        app.Clock.SetUtcNow(monday.AddHours(10));
        await app.ChangedAsync(agent, $"mutation {{ changeUrgency(requestId: \"{requestId}\", version: 1, urgency: HIGH, reason: \"Whole floor affected\") {{ id }} }}", new { });
        var raised = await app.SlaAsync(member, requestId);
        app.Clock.SetUtcNow(monday.AddHours(12));
        await app.ChangedAsync(agent, $"mutation {{ completeRequest(requestId: \"{requestId}\", version: 2) {{ id }} }}", new { });
        var completed = await app.SlaAsync(member, requestId);
        app.Clock.SetUtcNow(monday.AddDays(1).AddHours(9));
        await app.ChangedAsync(agent, $"mutation {{ reopenRequest(requestId: \"{requestId}\", version: 3, reason: \"Jammed again\") {{ id }} }}", new { });
        var reopened = await app.SlaAsync(member, requestId);

        Assert.Equal((monday.AddHours(11), monday.AddHours(17)), (raised.GetProperty("response").DueAt(), raised.GetProperty("resolution").DueAt()));
        Assert.Equal(("BREACHED", "MET"), (completed.GetProperty("response").State(), completed.GetProperty("resolution").State()));
        Assert.Equal((2, "ON_TRACK"), (reopened.GetProperty("resolution").GetProperty("cycle").GetInt32(), reopened.GetProperty("resolution").State()));
        Assert.Equal(monday.AddDays(1).AddHours(17), reopened.GetProperty("resolution").DueAt());
        Assert.Equal("BREACHED", reopened.GetProperty("response").State());
    }
}
