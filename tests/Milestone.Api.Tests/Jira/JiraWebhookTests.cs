namespace Milestone.Api.Tests.Jira;

[Collection(Collections.Jira)]
public sealed class JiraWebhookTests(JiraApp app)
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_worklog_logged_in_Jira_draws_the_bank_and_deleting_it_there_gives_the_time_back()
    {
        var scene = await app.SceneAsync(bank: true);
        await app.PurchaseAsync(scene.Bank, 600);
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 90 * 60, Morning);

        Assert.Equal(204, await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog)));
        var drawn = await app.BankAsync(scene.Bank);
        Assert.Equal(204, await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_deleted", worklog, worklog.Updated)));
        var restored = await app.BankAsync(scene.Bank);

        Assert.Equal(90, drawn.Minutes("consumedMinutes"));
        Assert.Equal(0, restored.Minutes("consumedMinutes"));
        Assert.Equal(600, restored.Minutes("remainingMinutes"));
    }

    [Fact]
    public async Task A_worklog_from_Jira_is_logged_as_the_linked_agent_and_marked_as_from_Jira()
    {
        var scene = await app.SceneAsync();
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 30 * 60, Morning);

        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog));

        var history = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type data } }", new { id = scene.RequestId }, scene.Admin)).Data("requestHistory");
        var logged = history.EnumerateArray().Single(entry => entry.GetProperty("type").GetString() == "WorkLogged").GetProperty("data");
        Assert.Equal(scene.Agent.PersonId, logged.GetProperty("agentId").GetGuid());
        Assert.Equal("Jira", logged.GetProperty("source").GetString());
        Assert.Equal("Worked in Jira", logged.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_Jira_worklog_breaking_the_note_limit_is_refused_like_any_other_and_reported()
    {
        var scene = await app.SceneAsync();
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 30 * 60, Morning) with { Comment = new string('n', 2_001) };
        var before = await app.CountEventsAsync();

        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog));

        Assert.Equal(before, await app.CountEventsAsync());
        var corrections = (await app.Host.GraphQLAsync("{ jiraCorrections { kind requestId what } }", null, scene.Admin)).Data("jiraCorrections");
        var refused = Assert.Single(corrections.EnumerateArray(), correction => correction.GetProperty("requestId").GetString() == scene.RequestId);
        Assert.Equal("REFUSED", refused.GetProperty("kind").GetString());
        Assert.Contains(worklog.Id, refused.GetProperty("what").GetString());
    }

    [Fact]
    public async Task Duplicate_and_out_of_order_deliveries_leave_the_newest_worklog_once()
    {
        var scene = await app.SceneAsync();
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 30 * 60, Morning);
        var later = worklog.Updated.AddMinutes(10);

        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_updated", worklog, later, seconds: 45 * 60), deliveryId: "delivery-2");
        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_updated", worklog, later, seconds: 45 * 60), deliveryId: "delivery-2");
        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog), deliveryId: "delivery-1");
        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_updated", worklog, later, seconds: 45 * 60), deliveryId: "delivery-2-retried-by-jira");

        var request = await app.RequestAsync(scene);
        Assert.Equal(45, request.GetProperty("loggedMinutes").GetInt32());
        var worklogs = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { worklogs { minutes } } }", new { id = scene.RequestId }, scene.Admin))
            .Data("request").GetProperty("worklogs");
        Assert.Equal(1, worklogs.GetArrayLength());
    }

    [Fact]
    public async Task A_delivery_without_the_right_signature_is_refused_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 30 * 60, Morning);
        var eventsBefore = await app.CountEventsAsync();

        var unsigned = await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog), signature: string.Empty);
        var wrongSecret = await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog), secret: "not-the-shared-secret-at-all");
        var forged = await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog), signature: "sha256=" + new string('0', 64));

        Assert.Equal([401, 401, 401], [unsigned, wrongSecret, forged]);
        Assert.Equal(eventsBefore, await app.CountEventsAsync());
        Assert.Equal(0, (await app.RequestAsync(scene)).GetProperty("loggedMinutes").GetInt32());
    }

    [Fact]
    public async Task Resolving_the_issue_in_Jira_completes_the_request_stops_the_clock_and_is_not_sent_back()
    {
        await app.DefaultPolicyAsync();
        var scene = await app.SceneAsync();
        var issue = app.IssueOf(scene);
        var transitionsBefore = app.Jira.CallsTo("POST", "/transitions").Count;
        issue.Status = FakeIssue.Statuses[2];
        issue.Updated = Morning.AddMinutes(30);

        await app.DeliverAsync(JiraScenes.IssueMovedEvent(issue, scene.AgentAccountId));

        Assert.Equal("COMPLETED", (await app.RequestAsync(scene)).GetProperty("status").GetString());
        var sla = await app.SlaAsync(scene.Admin, scene.RequestId);
        Assert.Equal("MET", sla.GetProperty("resolution").State());
        Assert.Equal(transitionsBefore, app.Jira.CallsTo("POST", "/transitions").Count);
    }

    [Fact]
    public async Task Status_moves_delivered_back_to_back_leave_the_request_in_the_status_of_the_last_one()
    {
        var scene = await app.SceneAsync();
        await app.MoveAsync(scene, "startWork");
        var moves = MovesBackAndForth(app.IssueOf(scene), scene.AgentAccountId);

        await app.SettledAsync(async () =>
        {
            foreach (var move in moves)
            {
                Assert.Equal(204, await app.PostWebhookAsync(move));
            }

            return moves.Count;
        });

        Assert.Equal("IN_PROGRESS", (await app.RequestAsync(scene)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_moves_delivered_all_at_once_leave_the_request_in_the_status_Jira_shows_last()
    {
        var scene = await app.SceneAsync();
        await app.MoveAsync(scene, "startWork");
        var moves = MovesBackAndForth(app.IssueOf(scene), scene.AgentAccountId);

        var answers = await app.SettledAsync(() => Task.WhenAll(moves.Select(move => app.PostWebhookAsync(move))));

        Assert.All(answers, answer => Assert.Equal(204, answer));
        Assert.Equal("IN_PROGRESS", (await app.RequestAsync(scene)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Jiras_late_echoes_of_a_completion_and_a_reopening_made_in_Milestone_change_nothing()
    {
        await app.DefaultPolicyAsync();
        var scene = await app.SceneAsync();
        await app.MoveAsync(scene, "startWork");
        var issue = app.IssueOf(scene);
        await app.MoveAsync(scene, "completeRequest");
        var completedEcho = JiraScenes.IssueMovedEvent(issue, FakeJira.SyncAccountId);
        await app.MoveAsync(scene, "reopenRequest", ", reason: \"The printer jams again\"");
        var reopenedEcho = JiraScenes.IssueMovedEvent(issue, FakeJira.SyncAccountId);
        var eventsBefore = await app.CountEventsAsync();

        await app.DeliverAsync(completedEcho);
        await app.DeliverAsync(reopenedEcho);

        Assert.Equal("In Progress", issue.Status.Name);
        Assert.Equal("IN_PROGRESS", (await app.RequestAsync(scene)).GetProperty("status").GetString());
        Assert.Equal(eventsBefore, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_status_move_no_newer_than_Milestones_own_last_transition_is_stale()
    {
        var scene = await app.SceneAsync();
        await app.MoveAsync(scene, "startWork");
        var issue = app.IssueOf(scene);
        await app.MoveAsync(scene, "completeRequest");
        var completedEcho = JiraScenes.IssueMovedEvent(issue, scene.AgentAccountId);
        await app.MoveAsync(scene, "reopenRequest", ", reason: \"The printer jams again\"");
        var eventsBefore = await app.CountEventsAsync();

        await app.DeliverAsync(completedEcho);

        Assert.Equal("IN_PROGRESS", (await app.RequestAsync(scene)).GetProperty("status").GetString());
        Assert.Equal(eventsBefore, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Reconciliation_heals_a_worklog_whose_webhook_never_came_and_reports_it()
    {
        var scene = await app.SceneAsync();
        var worklog = app.Jira.AddWorklog(app.IssueOf(scene), scene.AgentAccountId, 20 * 60, Morning);

        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation { reconcileJira }", null, scene.Admin));

        Assert.Equal(20, (await app.RequestAsync(scene)).GetProperty("loggedMinutes").GetInt32());
        var corrections = (await app.Host.GraphQLAsync("{ jiraCorrections { kind requestId what } }", null, scene.Admin)).Data("jiraCorrections");
        Assert.Contains(corrections.EnumerateArray(), correction =>
            correction.GetProperty("kind").GetString() == "HEALED"
            && correction.GetProperty("requestId").GetString() == scene.RequestId
            && correction.GetProperty("what").GetString()!.Contains(worklog.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconciliation_gives_back_the_time_of_a_worklog_deleted_in_Jira_whose_webhook_never_came_and_reports_it()
    {
        var scene = await app.SceneAsync(bank: true);
        await app.PurchaseAsync(scene.Bank, 600);
        var issue = app.IssueOf(scene);
        var worklog = app.Jira.AddWorklog(issue, scene.AgentAccountId, 45 * 60, Morning);
        await app.DeliverAsync(JiraScenes.WorklogEvent("worklog_created", worklog));
        var drawn = await app.BankAsync(scene.Bank);
        app.Jira.DeleteWorklog(issue, worklog, Morning.AddHours(2));

        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation { reconcileJira }", null, scene.Admin));

        var restored = await app.BankAsync(scene.Bank);
        Assert.Equal(45, drawn.Minutes("consumedMinutes"));
        Assert.Equal(0, restored.Minutes("consumedMinutes"));
        Assert.Equal(600, restored.Minutes("remainingMinutes"));
        Assert.Equal(0, (await app.RequestAsync(scene)).GetProperty("loggedMinutes").GetInt32());
        var history = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type data } }", new { id = scene.RequestId }, scene.Admin)).Data("requestHistory");
        Assert.Single(history.EnumerateArray(), entry => entry.GetProperty("type").GetString() == "WorklogDeleted");
        var bankHistory = (await app.Host.GraphQLAsync("query($id: ID!) { hourBankHistory(clientId: $id) { type } }", new { id = scene.ClientId }, scene.Admin)).Data("hourBankHistory");
        Assert.Single(bankHistory.EnumerateArray(), entry => entry.GetProperty("type").GetString() == "WorklogDebitReversed");
        var corrections = (await app.Host.GraphQLAsync("{ jiraCorrections { kind requestId what } }", null, scene.Admin)).Data("jiraCorrections");
        Assert.Contains(corrections.EnumerateArray(), correction =>
            correction.GetProperty("kind").GetString() == "HEALED"
            && correction.GetProperty("requestId").GetString() == scene.RequestId
            && correction.GetProperty("what").GetString() == $"Worklog {worklog.Id} deleted");
    }

    [Fact]
    public async Task Reconciliation_reports_a_duplicate_issue_and_a_duplicate_subtask_once_each_and_the_request_keeps_its_own_issue()
    {
        var scene = await app.SceneAsync();
        var version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();
        var added = (await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!) { addWorkItem(requestId: $id, version: $v, title: \"Order toner\") { workItems { id } } }", new { id = scene.RequestId, v = version }, scene.Agent)))
            .Data("addWorkItem");
        var original = app.IssueOf(scene);
        var itemLabel = JiraIntegration.WorkItemLabelFor(Guid.Parse(added.GetProperty("workItems")[0].GetProperty("id").GetString()!));
        var originalSubtask = app.Jira.IssueLabelled(itemLabel);
        var strayIssue = app.Jira.AddIssue("Printer jams", original.Labels);
        var straySubtask = app.Jira.AddIssue("Order toner", originalSubtask.Labels, parent: original);

        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation { reconcileJira }", null, scene.Admin));
        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation { reconcileJira }", null, scene.Admin));

        var duplicates = (await app.Host.GraphQLAsync("{ jiraCorrections(last: 100) { kind requestId issueKey what } }", null, scene.Admin)).Data("jiraCorrections")
            .EnumerateArray().Where(correction => correction.GetProperty("kind").GetString() == "DUPLICATE" && correction.GetProperty("requestId").GetString() == scene.RequestId).ToList();
        Assert.Equal(new[] { strayIssue.Key, straySubtask.Key }.Order(), duplicates.Select(correction => correction.GetProperty("issueKey").GetString()!).Order());
        Assert.Contains(original.Key, duplicates.Single(correction => correction.GetProperty("issueKey").GetString() == strayIssue.Key).GetProperty("what").GetString());
        Assert.Contains(originalSubtask.Key, duplicates.Single(correction => correction.GetProperty("issueKey").GetString() == straySubtask.Key).GetProperty("what").GetString());
        Assert.Equal(original.Key, (await app.RequestAsync(scene)).IssueKey());
    }

    /// <summary>Moves the issue to Done and back to In Progress three times, a minute apart, and the webhook of each move.</summary>
    private static List<object> MovesBackAndForth(FakeIssue issue, string accountId)
    {
        var moves = new List<object>();
        for (var minute = 1; minute <= 6; minute++)
        {
            issue.Status = FakeIssue.Statuses[minute % 2 == 1 ? 2 : 1];
            issue.Updated = Morning.AddMinutes(minute);
            moves.Add(JiraScenes.IssueMovedEvent(issue, accountId));
        }

        return moves;
    }
}
