namespace Milestone.Api.Tests.Jira;

[Collection(Collections.Jira)]
public sealed class CreatingJiraIssuesTests(JiraApp app)
{
    [Fact]
    public async Task A_submitted_request_creates_its_issue_in_the_mapped_project_and_shows_the_key()
    {
        var scene = await app.SceneAsync();

        var issue = app.IssueOf(scene);
        Assert.StartsWith($"{FakeJira.ProjectKey}-", issue.Key);
        Assert.Equal("Printer jams", issue.Summary);
        Assert.Contains(JiraIntegration.Label, issue.Labels);
        Assert.Equal(issue.Key, (await app.RequestAsync(scene)).IssueKey());
    }

    [Fact]
    public async Task A_create_that_failed_with_500_is_retried_and_makes_one_issue()
    {
        var scene = await app.SceneAsync(submit: false);
        app.Jira.FailNext("POST", "/rest/api/3/issue", 500);

        var requestId = await app.SubmitAsync(scene);

        var request = await JiraScenes.EventuallyAsync(() => app.RequestAsync(scene, requestId), linked => linked.IssueKey() is not null);
        Assert.Equal(app.IssueOf(scene with { RequestId = requestId }).Key, request.IssueKey());
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_finds_the_issue_it_made_instead_of_making_another()
    {
        var scene = await app.SceneAsync(submit: false);
        app.Jira.FailNext("POST", "/rest/api/3/issue", 502, afterDoingIt: true);

        var requestId = await app.SubmitAsync(scene);

        await LinkedToItsOneIssueAsync(scene, requestId);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_looks_again_only_once_Jiras_search_can_find_the_issue_it_made()
    {
        var scene = await app.SceneAsync(submit: false);
        app.Jira.FailNext("POST", "/rest/api/3/issue", 504, afterDoingIt: true, searchableAfter: TimeSpan.FromSeconds(2));

        var requestId = await app.SubmitAsync(scene);

        await LinkedToItsOneIssueAsync(scene, requestId);
    }

    [Fact]
    public async Task A_create_throttled_with_429_waits_for_Retry_After_before_trying_again()
    {
        var scene = await app.SceneAsync(submit: false);
        app.Jira.FailNext("GET", "/rest/api/3/search/jql", 429, retryAfterSeconds: 1);
        var callsBefore = app.Jira.CallsTo("GET", "/rest/api/3/search/jql").Count;

        var requestId = await app.SubmitAsync(scene);

        await JiraScenes.EventuallyAsync(() => app.RequestAsync(scene, requestId), linked => linked.IssueKey() is not null);
        var searches = app.Jira.CallsTo("GET", "/rest/api/3/search/jql").Skip(callsBefore).ToList();
        Assert.Equal(2, searches.Count);
        Assert.True(searches[1].At - searches[0].At >= TimeSpan.FromSeconds(1), $"retried after {searches[1].At - searches[0].At}");
        Assert.Single(app.Jira.CallsTo("POST", "/rest/api/3/issue"), call => call.At >= searches[0].At);
    }

    [Fact]
    public async Task A_request_completed_in_Milestone_moves_its_issue_to_done()
    {
        var scene = await app.SceneAsync();

        await app.MoveAsync(scene, "startWork");
        await app.MoveAsync(scene, "completeRequest");

        Assert.Equal("Done", app.IssueOf(scene).Status.Name);
    }

    [Fact]
    public async Task Completing_a_request_resolves_its_issue_through_a_screen_that_requires_a_resolution()
    {
        var scene = await app.SceneAsync();

        await app.MoveAsync(scene, "completeRequest");

        var issue = app.IssueOf(scene);
        Assert.Equal("Done", issue.Status.Name);
        Assert.Equal("Done", issue.Resolution);
    }

    [Fact]
    public async Task A_resolving_screen_that_requires_a_field_Milestone_cannot_fill_leaves_the_issue_and_says_why()
    {
        var scene = await app.SceneAsync();
        var issue = app.IssueOf(scene);
        issue.AlsoRequiredToResolve = ("customfield_10050", "Root cause");

        await app.MoveAsync(scene, "completeRequest");

        Assert.Equal("To Do", issue.Status.Name);
        Assert.Empty(app.Jira.CallsTo("POST", $"/issue/{issue.Key}/transitions"));
        var corrections = (await app.Host.GraphQLAsync("{ jiraCorrections(last: 100) { kind requestId issueKey what } }", null, scene.Admin)).Data("jiraCorrections");
        var notMoved = Assert.Single(corrections.EnumerateArray(), correction => correction.GetProperty("requestId").GetString() == scene.RequestId);
        Assert.Equal("NOT_MOVED", notMoved.GetProperty("kind").GetString());
        Assert.Equal(issue.Key, notMoved.GetProperty("issueKey").GetString());
        Assert.Contains("Root cause", notMoved.GetProperty("what").GetString());
    }

    [Fact]
    public async Task Work_resumed_in_Milestone_moves_the_issue_out_of_the_status_mapped_for_waiting_on_the_client()
    {
        var scene = await app.SceneAsync();
        (await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $input: JiraClientMappingInput!) { mapClientToJira(clientId: $clientId, input: $input) { projectKey } }",
            new { clientId = scene.ClientId, input = new { projectKey = FakeJira.ProjectKey, statuses = new[] { new { status = "WAITING_ON_CLIENT", jiraStatus = "Waiting for customer" } } } },
            scene.Admin)).Data("mapClientToJira");
        await app.MoveAsync(scene, "startWork");
        await app.MoveAsync(scene, "waitOnClient", ", reason: \"Which printer is it?\"");
        var waiting = app.IssueOf(scene).Status.Name;

        await app.MoveAsync(scene, "startWork");

        Assert.Equal("Waiting for customer", waiting);
        Assert.Equal("In Progress", app.IssueOf(scene).Status.Name);
    }

    [Fact]
    public async Task A_transition_retried_after_a_later_change_leaves_the_issue_at_the_requests_current_status()
    {
        var scene = await app.SceneAsync();
        await app.MoveAsync(scene, "completeRequest");
        var transitionsBefore = app.Jira.CallsTo("POST", "/transitions").Count;

        await app.Host.InvokeMessageAndWaitAsync(new TransitionJiraIssue(Guid.Parse(scene.RequestId)));

        Assert.Equal("Done", app.IssueOf(scene).Status.Name);
        Assert.Equal(transitionsBefore, app.Jira.CallsTo("POST", "/transitions").Count);
    }

    [Fact]
    public async Task A_work_item_added_to_a_linked_request_becomes_a_subtask_of_its_issue()
    {
        var scene = await app.SceneAsync();
        var version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();

        var added = (await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!) { addWorkItem(requestId: $id, version: $v, title: \"Order toner\") { workItems { id } } }",
            new { id = scene.RequestId, v = version },
            scene.Agent))).Data("addWorkItem");

        var label = JiraIntegration.WorkItemLabelFor(Guid.Parse(added.GetProperty("workItems")[0].GetProperty("id").GetString()!));
        var subtask = await JiraScenes.EventuallyAsync(() => Task.FromResult(app.Jira.Issues.Values.SingleOrDefault(issue => issue.Labels.Contains(label))), found => found is not null);
        Assert.NotNull(subtask);
        Assert.Equal("Order toner", subtask.Summary);
        Assert.Equal("Subtask", subtask.IssueType);
        Assert.Equal(app.IssueOf(scene).Key, subtask.ParentKey);
    }

    [Fact]
    public async Task Test_connection_says_what_is_wrong()
    {
        var admin = await app.SharedAdministratorAsync();
        const string Test = "mutation { testJiraConnection { ok problem message accountName } }";

        await app.ConnectAsync(admin, apiToken: "a-revoked-token");
        var badToken = (await app.Host.GraphQLAsync(Test, null, admin)).Data("testJiraConnection");
        await app.ConnectAsync(admin, siteUrl: new Uri("http://127.0.0.1:9"));
        var unreachable = (await app.Host.GraphQLAsync(Test, null, admin)).Data("testJiraConnection");
        await app.ConnectAsync(admin);
        var working = (await app.Host.GraphQLAsync(Test, null, admin)).Data("testJiraConnection");

        Assert.Equal("AUTHENTICATION_FAILED", badToken.GetProperty("problem").GetString());
        Assert.Equal("UNREACHABLE", unreachable.GetProperty("problem").GetString());
        Assert.True(working.GetProperty("ok").GetBoolean());
        Assert.Equal("Milestone Sync", working.GetProperty("accountName").GetString());
    }

    [Fact]
    public async Task The_connection_is_read_back_without_its_token_or_secret_and_only_by_administrators()
    {
        var scene = await app.SceneAsync(submit: false);

        var read = await app.Host.GraphQLAsync("{ jiraConnection { siteUrl accountEmail webhookPath } }", null, scene.Admin);
        var refused = await app.Host.GraphQLAsync("{ jiraConnection { siteUrl } }", null, scene.Agent);

        Assert.DoesNotContain(FakeJira.ApiToken, read.ToString());
        Assert.DoesNotContain(JiraScenes.WebhookSecret, read.ToString());
        Assert.Equal(JiraWebhookEndpoint.Path, read.Data("jiraConnection").GetProperty("webhookPath").GetString());
        Assert.Equal("FORBIDDEN", refused.SingleError().Code());
    }

    /// <summary>Waits for the request to be linked, then checks that Jira holds one issue for it, the one it links to.</summary>
    private async Task LinkedToItsOneIssueAsync(JiraScene scene, string requestId)
    {
        var request = await JiraScenes.EventuallyAsync(() => app.RequestAsync(scene, requestId), linked => linked.IssueKey() is not null);
        var label = JiraIntegration.LabelFor(Guid.Parse(requestId));
        Assert.Single(app.Jira.Issues.Values, issue => issue.Labels.Contains(label));
        Assert.Equal(app.Jira.IssueLabelled(label).Key, request.IssueKey());
    }
}
