namespace Milestone.Api.Tests.Jira;

[Collection(Collections.Jira)]
public sealed class JiraCommentTests(JiraApp app)
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private const string Messages = "query($id: ID!) { requestMessages(requestId: $id) { id authorId byStaff internal body deleted } }";

    [Fact]
    public async Task A_comment_in_Jira_becomes_a_reply_by_the_linked_agent_that_the_client_sees_marked_as_from_Jira()
    {
        var scene = await app.SceneAsync();

        await app.DeliverAsync(JiraScenes.CommentEvent("comment_created", app.IssueOf(scene), "40001", scene.AgentAccountId, "Replacing the fuser today", Morning));

        var seenByClient = Assert.Single((await MessagesAsync(scene, scene.ClientAdmin)).EnumerateArray());
        Assert.Equal(CallerKeys.MessageId(Guid.Parse(scene.RequestId), JiraIntegration.ServiceActor, "40001").ToString(), seenByClient.GetProperty("id").GetString());
        Assert.Equal(scene.Agent.PersonId, seenByClient.GetProperty("authorId").GetGuid());
        Assert.False(seenByClient.GetProperty("internal").GetBoolean());
        Assert.Equal("Replacing the fuser today", seenByClient.GetProperty("body").GetString());
        var posted = (await app.HistoryAsync(scene)).Single(entry => entry.GetProperty("type").GetString() == "MessagePosted").GetProperty("data");
        Assert.Equal("Jira", posted.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_restricted_comment_becomes_an_internal_note_the_client_never_sees()
    {
        var scene = await app.SceneAsync();

        await app.DeliverAsync(JiraScenes.CommentEvent("comment_created", app.IssueOf(scene), "40002", scene.AgentAccountId, "Client's printer is out of warranty", Morning, restricted: true));

        var note = Assert.Single((await MessagesAsync(scene, scene.Admin)).EnumerateArray());
        Assert.True(note.GetProperty("internal").GetBoolean());
        Assert.Equal(0, (await MessagesAsync(scene, scene.ClientAdmin)).GetArrayLength());
    }

    [Fact]
    public async Task Edits_and_deletion_follow_Jira_and_late_or_repeated_deliveries_change_nothing()
    {
        var scene = await app.SceneAsync();
        var issue = app.IssueOf(scene);
        object Comment(string webhookEvent, string text, int minutes) =>
            JiraScenes.CommentEvent(webhookEvent, issue, "40003", scene.AgentAccountId, text, Morning.AddMinutes(minutes));

        await app.DeliverAsync(Comment("comment_created", "Replacing the fuser", 0), deliveryId: "comment-1");
        await app.DeliverAsync(Comment("comment_updated", "Fuser replaced, testing now", 10), deliveryId: "comment-2");
        await app.DeliverAsync(Comment("comment_updated", "Fuser replaced, testing now", 10), deliveryId: "comment-2");
        await app.DeliverAsync(Comment("comment_created", "Replacing the fuser", 0), deliveryId: "comment-1-late");
        var edited = Assert.Single((await MessagesAsync(scene, scene.Admin)).EnumerateArray());
        await app.DeliverAsync(Comment("comment_deleted", "Fuser replaced, testing now", 10), deliveryId: "comment-3");
        await app.DeliverAsync(Comment("comment_updated", "Back again?", 20), deliveryId: "comment-4-late");

        Assert.Equal("Fuser replaced, testing now", edited.GetProperty("body").GetString());
        var deleted = Assert.Single((await MessagesAsync(scene, scene.Admin)).EnumerateArray());
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        var messageEvents = (await app.HistoryAsync(scene)).Where(entry => entry.GetProperty("type").GetString()!.StartsWith("Message", StringComparison.Ordinal)).ToList();
        Assert.Equal(["MessagePosted", "MessageEdited", "MessageDeleted"], messageEvents.Select(entry => entry.GetProperty("type").GetString()));
        Assert.All(messageEvents, entry => Assert.Equal("Jira", entry.GetProperty("data").GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_comment_from_an_unlinked_Jira_account_is_posted_by_the_Jira_service_identity()
    {
        var scene = await app.SceneAsync();

        await app.DeliverAsync(JiraScenes.CommentEvent("comment_created", app.IssueOf(scene), "40004", "someone-not-linked", "Looked at it", Morning));

        var message = Assert.Single((await MessagesAsync(scene, scene.Admin)).EnumerateArray());
        Assert.Equal(JiraIntegration.ServicePersonId, message.GetProperty("authorId").GetGuid());
        Assert.True(message.GetProperty("byStaff").GetBoolean());
    }

    private async Task<JsonElement> MessagesAsync(JiraScene scene, SignedIn who) =>
        (await app.Host.GraphQLAsync(Messages, new { id = scene.RequestId }, who)).Data("requestMessages");
}
