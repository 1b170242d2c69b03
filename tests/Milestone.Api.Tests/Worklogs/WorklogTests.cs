namespace Milestone.Api.Tests.Worklogs;

[Collection(Collections.Conversation)]
public sealed class WorklogTests(MilestoneApp app)
{
    private const string Log = """
        mutation Log($requestId: ID!, $minutes: Int!, $workDate: DateOnly!, $billable: Boolean, $idempotencyKey: String) {
          logWork(requestId: $requestId, minutes: $minutes, workDate: $workDate, billable: $billable, note: "On site", idempotencyKey: $idempotencyKey) {
            id minutes billable workDate
          }
        }
        """;

    private const string Totals = "query($id: ID!) { request(id: $id) { loggedMinutes billableMinutes worklogs { id minutes } } }";

    [Fact]
    public async Task Logged_time_adds_up_on_the_request_and_only_staff_see_the_entries()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();

        await LogAsync(agent, requestId, 45, billable: true);
        await LogAsync(agent, requestId, 30, billable: false);

        var staffView = (await app.Host.GraphQLAsync(Totals, new { id = requestId }, agent)).Data("request");
        var clientView = (await app.Host.GraphQLAsync(Totals, new { id = requestId }, member)).Data("request");
        Assert.Equal(75, staffView.GetProperty("loggedMinutes").GetInt32());
        Assert.Equal(45, staffView.GetProperty("billableMinutes").GetInt32());
        Assert.Equal(2, staffView.GetProperty("worklogs").GetArrayLength());
        Assert.Equal(75, clientView.GetProperty("loggedMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, clientView.GetProperty("worklogs").ValueKind);
    }

    [Fact]
    public async Task Corrections_and_deletions_adjust_the_totals()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        var kept = await LogAsync(agent, requestId, 60, billable: true);
        var dropped = await LogAsync(agent, requestId, 20, billable: true);

        await app.Host.GraphQLAsync(
            "mutation($r: ID!, $w: ID!, $d: DateOnly!) { correctWorklog(requestId: $r, worklogId: $w, minutes: 90, workDate: $d, billable: false) { id } }",
            new { r = requestId, w = kept, d = Today() }, agent);
        await app.Host.GraphQLAsync("mutation($r: ID!, $w: ID!) { deleteWorklog(requestId: $r, worklogId: $w) { id } }", new { r = requestId, w = dropped }, agent);

        var totals = (await app.Host.GraphQLAsync(Totals, new { id = requestId }, agent)).Data("request");
        Assert.Equal(90, totals.GetProperty("loggedMinutes").GetInt32());
        Assert.Equal(0, totals.GetProperty("billableMinutes").GetInt32());
        var history = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type } }", new { id = requestId }, agent)).Data("requestHistory");
        Assert.Contains("WorklogCorrected", history.ToString());
        Assert.Contains("WorklogDeleted", history.ToString());
    }

    [Fact]
    public async Task Agents_logging_on_one_request_at_the_same_time_lose_nothing_and_double_nothing()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        var admin = await app.SharedAdministratorAsync();
        var colleagues = new List<SignedIn> { agent };
        for (var index = 0; index < 3; index++)
        {
            colleagues.Add(await app.InvitedAndSignedInAsync(admin, Role.Agent, null));
        }

        var answers = await Task.WhenAll(colleagues.SelectMany(colleague => Enumerable.Range(0, 2).Select(_ =>
        {
            var idempotencyKey = Guid.NewGuid().ToString();
            return CarefulClient.UntilAcceptedAsync(() => app.Host.GraphQLAsync(
                Log, new { requestId, minutes = 15, workDate = Today(), billable = true, idempotencyKey }, colleague));
        })));

        Assert.All(answers.SelectMany(refusals => refusals), code => Assert.Equal("CONFLICT", code));
        var totals = (await app.Host.GraphQLAsync(Totals, new { id = requestId }, agent)).Data("request");
        Assert.Equal(8 * 15, totals.GetProperty("loggedMinutes").GetInt32());
    }


    [Fact]
    public async Task A_retried_log_with_the_same_key_counts_once_and_returns_the_first_worklog()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        const string idempotencyKey = "timesheet-row-7";

        var first = (await app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today(), idempotencyKey }, agent)).Data("logWork");
        var retry = (await app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today(), idempotencyKey }, agent)).Data("logWork");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        Assert.NotEqual(idempotencyKey, first.GetProperty("id").GetString());
        Assert.Equal(30, (await app.Host.GraphQLAsync(Totals, new { id = requestId }, agent)).Data("request").GetProperty("loggedMinutes").GetInt32());
    }

    [Fact]
    public async Task The_same_key_with_other_minutes_is_a_conflict_and_writes_nothing()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        var idempotencyKey = Guid.NewGuid().ToString();
        await app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today(), idempotencyKey }, agent);
        var before = await app.CountEventsAsync();

        var reused = await app.Host.GraphQLAsync(Log, new { requestId, minutes = 90, workDate = Today(), idempotencyKey }, agent);

        Assert.Equal(("CONFLICT", "idempotencyKey"), (reused.SingleError().Code(), reused.SingleError().Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task The_deprecated_client_worklog_id_is_the_same_key()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        var key = Guid.NewGuid().ToString();
        const string byOldName = "mutation($r: ID!, $d: DateOnly!, $k: ID) { logWork(requestId: $r, minutes: 30, workDate: $d, note: \"On site\", clientWorklogId: $k) { id } }";

        var old = (await app.Host.GraphQLAsync(byOldName, new { r = requestId, d = Today(), k = key }, agent)).Data("logWork");
        var renamed = (await app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today(), idempotencyKey = key }, agent)).Data("logWork");

        Assert.Equal(old.GetProperty("id").GetString(), renamed.GetProperty("id").GetString());
    }

    [Fact]
    public async Task My_work_shows_the_time_I_logged_this_week()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        await LogAsync(agent, requestId, 45, billable: true);
        await LogAsync(agent, requestId, 15, billable: false);

        var mine = (await app.Host.GraphQLAsync(
            "query($from: DateOnly!, $to: DateOnly!) { myLoggedTime(from: $from, to: $to) { minutes billableMinutes } }",
            new { from = Today().AddDays(-6), to = Today() }, agent)).Data("myLoggedTime");

        Assert.Equal(60, mine.GetProperty("minutes").GetInt32());
        Assert.Equal(45, mine.GetProperty("billableMinutes").GetInt32());
    }

    [Fact]
    public async Task Clients_do_not_log_time_and_nothing_is_written()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today() }, member));
    }

    [Fact]
    public async Task A_request_out_of_the_agents_scope_answers_like_one_that_does_not_exist_and_nothing_is_written()
    {
        var (_, agent, requestId) = await app.SubmittedRequestAsync();
        var admin = await app.SharedAdministratorAsync();
        var elsewhere = await app.ClientOrganisationAsync(admin);
        await app.Host.GraphQLAsync("mutation($id: ID!, $c: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $c) { id } }",
            new { id = agent.PersonId, c = new[] { elsewhere } }, admin);
        var before = await app.CountEventsAsync();

        var outOfScope = (await app.Host.GraphQLAsync(Log, new { requestId, minutes = 30, workDate = Today() }, agent)).SingleError();
        var unknown = (await app.Host.GraphQLAsync(Log, new { requestId = Guid.CreateVersion7().ToString(), minutes = 30, workDate = Today() }, agent)).SingleError();
        var notAnId = (await app.Host.GraphQLAsync(Log, new { requestId = "not-an-id", minutes = 30, workDate = Today() }, agent)).SingleError();

        Assert.Equal(("NOT_FOUND", "There is no such request."), (outOfScope.Code(), outOfScope.GetProperty("message").GetString()));
        Assert.Equal((outOfScope.Code(), outOfScope.GetProperty("message").GetString()), (unknown.Code(), unknown.GetProperty("message").GetString()));
        Assert.Equal((outOfScope.Code(), outOfScope.GetProperty("message").GetString()), (notAnId.Code(), notAnId.GetProperty("message").GetString()));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private async Task<string> LogAsync(SignedIn agent, string requestId, int minutes, bool billable) =>
        (await app.Host.GraphQLAsync(Log, new { requestId, minutes, workDate = Today(), billable }, agent)).Data("logWork").GetProperty("id").GetString()!;
}
