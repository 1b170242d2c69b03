namespace Milestone.Api.Tests.Jira;

[Collection(Collections.Jira)]
public sealed class JiraIssueDeletionTests(JiraApp app)
{
    private const string StartWork = "mutation($id: ID!, $v: Int!) { startWork(requestId: $id, version: $v) { version } }";

    private const string AddWorkItem = "mutation($id: ID!, $v: Int!, $title: String!) { addWorkItem(requestId: $id, version: $v, title: $title) { version workItems { id title } } }";

    [Fact]
    public async Task An_issue_deleted_in_Jira_is_unlinked_from_its_request_and_reported_without_calling_Jira()
    {
        var scene = await app.SceneAsync();
        var issue = app.IssueOf(scene);
        var callsBefore = app.Jira.Calls.Count;

        app.Jira.DeleteIssue(issue);
        Assert.Equal(204, await app.DeliverAsync(JiraScenes.IssueDeletedEvent(issue, scene.AgentAccountId)));

        Assert.Null((await app.RequestAsync(scene)).IssueKey());
        var unlinked = (await app.HistoryAsync(scene)).Single(entry => entry.GetProperty("type").GetString() == "JiraIssueUnlinked").GetProperty("data");
        Assert.Equal(issue.Key, unlinked.GetProperty("issueKey").GetString());
        Assert.Equal(scene.Agent.PersonId, unlinked.GetProperty("unlinkedBy").GetGuid());
        Assert.Equal("Jira", unlinked.GetProperty("source").GetString());
        var corrections = (await app.Host.GraphQLAsync("{ jiraCorrections { kind requestId issueKey } }", null, scene.Admin)).Data("jiraCorrections");
        Assert.Contains(corrections.EnumerateArray(), correction =>
            correction.GetProperty("kind").GetString() == "UNLINKED"
            && correction.GetProperty("requestId").GetString() == scene.RequestId
            && correction.GetProperty("issueKey").GetString() == issue.Key);
        Assert.Equal(callsBefore, app.Jira.Calls.Count);
    }

    [Fact]
    public async Task The_next_changes_after_the_issue_was_deleted_create_exactly_one_new_issue_in_the_requests_status_with_every_work_items_subtask()
    {
        var scene = await app.SceneAsync();
        var version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();
        await app.SettledAsync(() => app.Host.GraphQLAsync(AddWorkItem, new { id = scene.RequestId, v = version, title = "Order toner" }, scene.Agent));
        var deleted = app.IssueOf(scene);
        app.Jira.DeleteIssue(deleted);
        await app.DeliverAsync(JiraScenes.IssueDeletedEvent(deleted, scene.AgentAccountId));
        version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();

        // Two changes in a row, each sent to Jira, with no issue to send them to.
        var second = await app.SettledAsync(async () =>
        {
            var started = (await app.Host.GraphQLAsync(StartWork, new { id = scene.RequestId, v = version }, scene.Agent)).Data("startWork");
            return (await app.Host.GraphQLAsync(AddWorkItem, new { id = scene.RequestId, v = started.GetProperty("version").GetInt32(), title = "Replace fuser" }, scene.Agent))
                .Data("addWorkItem");
        });

        var recreated = app.IssueOf(scene);
        Assert.NotEqual(deleted.Key, recreated.Key);
        Assert.Equal(recreated.Key, (await app.RequestAsync(scene)).IssueKey());
        Assert.Equal("In Progress", recreated.Status.Name);
        foreach (var item in second.GetProperty("workItems").EnumerateArray())
        {
            var label = JiraIntegration.WorkItemLabelFor(Guid.Parse(item.GetProperty("id").GetString()!));
            var subtask = Assert.Single(app.Jira.Issues.Values, issue => issue.Labels.Contains(label));
            Assert.Equal(recreated.Key, subtask.ParentKey);
            Assert.Equal(item.GetProperty("title").GetString(), subtask.Summary);
        }
    }

    [Fact]
    public async Task A_deleted_issue_is_never_linked_again_even_while_Jiras_search_still_shows_it()
    {
        var scene = await app.SceneAsync();
        var deleted = app.IssueOf(scene);
        await app.DeliverAsync(JiraScenes.IssueDeletedEvent(deleted, scene.AgentAccountId));
        var version = (await app.RequestAsync(scene)).GetProperty("version").GetInt32();

        await app.SettledAsync(() => app.Host.GraphQLAsync(StartWork, new { id = scene.RequestId, v = version }, scene.Agent));

        var label = JiraIntegration.LabelFor(Guid.Parse(scene.RequestId));
        var recreated = Assert.Single(app.Jira.Issues.Values, issue => issue.Labels.Contains(label) && issue.Key != deleted.Key);
        Assert.Equal(recreated.Key, (await app.RequestAsync(scene)).IssueKey());
    }
}
