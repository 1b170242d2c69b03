namespace Milestone.Api.Tests.Messages;

[Collection(Collections.Conversation)]
public sealed class MessengerTests(MilestoneApp app)
{
    private const string Post = """
        mutation Post($requestId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {
          postMessage(requestId: $requestId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) { id body internal byStaff }
        }
        """;

    private const string Conversation = """
        query($requestId: ID!) { requestMessages(requestId: $requestId) { id body internal edited deleted priorVersions { body } } }
        """;

    private const string History = "query($id: ID!) { requestHistory(id: $id) { type data } }";

    private const string Unread = "{ unreadMessages { total requests { requestId count } } }";

    [Fact]
    public async Task Internal_notes_are_never_shown_to_the_client()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        await Say(member, requestId, "The printer on floor 3 jams");
        await Say(agent, requestId, "Known driver bug, see KB-12", isInternal: true);
        await Say(agent, requestId, "We are on it");

        var clientView = await Messages(member, requestId);
        var staffView = await Messages(agent, requestId);
        var clientHistory = (await app.Host.GraphQLAsync(History, new { id = requestId }, member)).Data("requestHistory");
        var staffHistory = (await app.Host.GraphQLAsync(History, new { id = requestId }, agent)).Data("requestHistory");

        Assert.Equal(["The printer on floor 3 jams", "We are on it"], clientView.Select(message => message.GetProperty("body").GetString()));
        Assert.Equal(3, staffView.Length);
        Assert.DoesNotContain("KB-12", clientHistory.ToString());
        Assert.Equal(2, clientHistory.EnumerateArray().Count(recorded => recorded.GetProperty("type").GetString() == "MessagePosted"));
        Assert.Contains("KB-12", staffHistory.ToString());
    }

    [Fact]
    public async Task A_client_cannot_write_an_internal_note_and_nothing_is_written()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "Psst", @internal = true }, member));
    }

    [Fact]
    public async Task The_clients_reply_resumes_work_that_waited_on_them()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        await app.Host.GraphQLAsync($"mutation {{ startWork(requestId: \"{requestId}\", version: 1) {{ id }} }}", signedIn: agent);
        await app.Host.GraphQLAsync($"mutation {{ waitOnClient(requestId: \"{requestId}\", version: 2, reason: \"Which floor?\") {{ id }} }}", signedIn: agent);

        await Say(member, requestId, "Floor 3");

        var request = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { status version } }", new { id = requestId }, agent)).Data("request");
        Assert.Equal("IN_PROGRESS", request.GetProperty("status").GetString());
        Assert.Equal(5, request.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Edits_keep_the_old_text_for_staff_and_deletion_hides_the_text_from_clients()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var messageId = await Say(member, requestId, "Printer jams");

        await app.Host.GraphQLAsync(
            "mutation($r: ID!, $m: ID!) { editMessage(requestId: $r, messageId: $m, body: \"Printer jams on A4 only\") { id } }",
            new { r = requestId, m = messageId }, member);
        var clientAfterEdit = (await Messages(member, requestId)).Single();
        var staffAfterEdit = (await Messages(agent, requestId)).Single();
        await app.Host.GraphQLAsync("mutation($r: ID!, $m: ID!) { deleteMessage(requestId: $r, messageId: $m) { id } }", new { r = requestId, m = messageId }, member);
        var clientAfterDelete = (await Messages(member, requestId)).Single();
        var staffAfterDelete = (await Messages(agent, requestId)).Single();

        Assert.True(clientAfterEdit.GetProperty("edited").GetBoolean());
        Assert.Equal(JsonValueKind.Null, clientAfterEdit.GetProperty("priorVersions").ValueKind);
        Assert.Equal("Printer jams", staffAfterEdit.GetProperty("priorVersions")[0].GetProperty("body").GetString());
        Assert.True(clientAfterDelete.GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, clientAfterDelete.GetProperty("body").ValueKind);
        Assert.Equal("Printer jams on A4 only", staffAfterDelete.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Only_the_author_changes_a_message()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var messageId = await Say(agent, requestId, "We are on it");

        var response = await app.Host.GraphQLAsync(
            "mutation($r: ID!, $m: ID!) { editMessage(requestId: $r, messageId: $m, body: \"Not really\") { id } }", new { r = requestId, m = messageId }, member);

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }

    [Fact]
    public async Task Posting_again_with_the_same_key_returns_the_first_message_and_writes_nothing()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();
        var idempotencyKey = Guid.NewGuid().ToString();

        var first = (await app.Host.GraphQLAsync(Post, new { requestId, body = "Hello", idempotencyKey }, member)).Data("postMessage");
        var eventsAfterFirst = await app.CountEventsAsync();
        var retry = (await app.Host.GraphQLAsync(Post, new { requestId, body = "Hello", idempotencyKey }, member)).Data("postMessage");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        Assert.NotEqual(idempotencyKey, first.GetProperty("id").GetString());
        Assert.Equal(eventsAfterFirst, await app.CountEventsAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_text_is_a_conflict_and_writes_nothing()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();
        var idempotencyKey = Guid.NewGuid().ToString();
        await app.Host.GraphQLAsync(Post, new { requestId, body = "Hello", idempotencyKey }, member);
        var before = await app.CountEventsAsync();

        var reused = await app.Host.GraphQLAsync(Post, new { requestId, body = "Goodbye", idempotencyKey }, member);

        Assert.Equal(("CONFLICT", "idempotencyKey"), (reused.SingleError().Code(), reused.SingleError().Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Unread_counts_what_others_wrote_since_the_person_last_read()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        await Say(agent, requestId, "First question");
        await Say(agent, requestId, "Second question");
        await Say(agent, requestId, "Note to self", isInternal: true);
        await Say(member, requestId, "My own words");

        var before = (await app.Host.GraphQLAsync(Unread, signedIn: member)).Data("unreadMessages");
        await app.Host.GraphQLAsync("mutation($r: ID!) { markMessagesRead(requestId: $r) }", new { r = requestId }, member);
        var afterReading = (await app.Host.GraphQLAsync(Unread, signedIn: member)).Data("unreadMessages");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await Say(agent, requestId, "Third question");
        var afterAnother = (await app.Host.GraphQLAsync(Unread, signedIn: member)).Data("unreadMessages");

        Assert.Equal(2, before.GetProperty("total").GetInt32());
        Assert.Equal(requestId, before.GetProperty("requests")[0].GetProperty("requestId").GetString());
        Assert.Equal(0, afterReading.GetProperty("total").GetInt32());
        Assert.Equal(1, afterAnother.GetProperty("total").GetInt32());
    }

    private async Task<string> Say(SignedIn who, string requestId, string body, bool isInternal = false)
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var posted = (await app.Host.GraphQLAsync(Post, new { requestId, body, @internal = isInternal }, who)).Data("postMessage");
        return posted.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement[]> Messages(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(Conversation, new { requestId }, who)).Data("requestMessages").EnumerateArray().ToArray();
}
