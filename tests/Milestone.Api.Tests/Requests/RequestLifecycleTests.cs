namespace Milestone.Api.Tests.Requests;

[Collection(Collections.Requests)]
public sealed class RequestLifecycleTests(MilestoneApp app)
{
    private const string Fields = "id status version reopenCount completedAt workItems { id title done }";

    [Fact]
    public async Task A_request_goes_from_submitted_to_completed_and_the_client_reopens_it()
    {
        var (member, agent, id) = await app.SubmittedRequestAsync();

        var started = await Change(agent, "startWork", id, 1);
        var waiting = await Change(agent, "waitOnClient", id, 2, ("reason", "Which printer?"));
        var resumed = await Change(agent, "startWork", id, 3);
        var completed = await Change(agent, "completeRequest", id, 4);
        var reopened = await Change(member, "reopenRequest", id, 5, ("reason", "It jammed again"));

        Assert.Equal(["IN_PROGRESS", "WAITING_ON_CLIENT", "IN_PROGRESS", "COMPLETED", "IN_PROGRESS"],
            new[] { started, waiting, resumed, completed, reopened }.Select(Status));
        Assert.Equal(6, reopened.GetProperty("version").GetInt32());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        var history = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type } }", new { id }, member)).Data("requestHistory");
        Assert.Equal(
            ["RequestSubmitted", "WorkStarted", "WaitingOnClientStarted", "WorkResumed", "RequestCompleted", "RequestReopened"],
            history.EnumerateArray().Select(recorded => recorded.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_that_names_the_current_version_and_writes_nothing()
    {
        var (_, agent, id) = await app.SubmittedRequestAsync();
        await Change(agent, "startWork", id, 1);
        var before = await app.CountEventsAsync();

        var response = await ChangeResponse(agent, "waitOnClient", id, 1, ("reason", "Stale"));

        var error = response.SingleError();
        Assert.Equal("CONFLICT", error.Code());
        Assert.Equal(2, error.GetProperty("extensions").GetProperty("currentVersion").GetInt32());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_client_cannot_move_work_along_and_nothing_is_written()
    {
        var (member, _, id) = await app.SubmittedRequestAsync();

        await app.AssertForbiddenAndNothingRecordedAsync(() => ChangeResponse(member, "startWork", id, 1));
    }

    [Fact]
    public async Task An_illegal_move_is_a_conflict()
    {
        var (member, agent, id) = await app.SubmittedRequestAsync();
        await Change(agent, "completeRequest", id, 1);

        var response = await ChangeResponse(member, "cancelRequest", id, 2, ("reason", "Too late"));

        Assert.Equal("CONFLICT", response.SingleError().Code());
    }

    [Fact]
    public async Task The_submitter_cancels_with_a_reason()
    {
        var (member, _, id) = await app.SubmittedRequestAsync();

        var cancelled = await Change(member, "cancelRequest", id, 1, ("reason", "Found the answer myself"));
        var withoutReason = await ChangeResponse(member, "cancelRequest", id, 2, ("reason", "   "));

        Assert.Equal("CANCELLED", Status(cancelled));
        Assert.Equal("VALIDATION", withoutReason.SingleError().Code());
    }

    [Fact]
    public async Task Open_work_items_hold_completion_until_done_or_overridden()
    {
        var (_, agent, id) = await app.SubmittedRequestAsync();
        var withItem = await Change(agent, "addWorkItem", id, 1, ("title", "Order toner"));
        var workItemId = withItem.GetProperty("workItems")[0].GetProperty("id").GetString()!;

        var blocked = await ChangeResponse(agent, "completeRequest", id, 2);
        var itemDone = await Change(agent, "completeWorkItem", id, 2, ("workItemId", workItemId));
        var completed = await Change(agent, "completeRequest", id, 3);

        Assert.Equal("overrideReason", blocked.SingleError().Extension("field"));
        Assert.True(itemDone.GetProperty("workItems")[0].GetProperty("done").GetBoolean());
        Assert.Equal("COMPLETED", Status(completed));
    }

    [Fact]
    public async Task After_the_reopen_window_only_staff_reopen()
    {
        var (member, agent, id) = await app.SubmittedRequestAsync();
        await Change(agent, "completeRequest", id, 1);
        app.Clock.Advance(TimeSpan.FromDays(8));
        var agentNow = await app.SignInAsync(agent.Email);
        var memberNow = await app.SignInAsync(member.Email);

        var byClient = await ChangeResponse(memberNow, "reopenRequest", id, 2, ("reason", "Broken again"));
        var byStaff = await Change(agentNow, "reopenRequest", id, 2, ("reason", "Regression"));

        Assert.Equal("CONFLICT", byClient.SingleError().Code());
        Assert.Equal("IN_PROGRESS", Status(byStaff));
    }

    private async Task<JsonElement> Change(SignedIn who, string mutation, string id, int version, params (string Name, string Value)[] arguments) =>
        (await ChangeResponse(who, mutation, id, version, arguments)).Data(mutation);

    private Task<JsonElement> ChangeResponse(SignedIn who, string mutation, string id, int version, params (string Name, string Value)[] arguments)
    {
        var extra = string.Concat(arguments.Select(argument => $", {argument.Name}: {JsonSerializer.Serialize(argument.Value)}"));
        return app.Host.GraphQLAsync($"mutation {{ {mutation}(requestId: \"{id}\", version: {version}{extra}) {{ {Fields} }} }}", signedIn: who);
    }

    private static string Status(JsonElement request) => request.GetProperty("status").GetString()!;
}
