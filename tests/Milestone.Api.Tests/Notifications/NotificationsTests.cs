using Milestone.Api.Email;
using Milestone.Api.Tests.Requests;
using Npgsql;

namespace Milestone.Api.Tests.Notifications;

/// <summary>The notification bell through the real host: the feed, the count, reading, live delivery, and e-mail as each person chose.</summary>
[Collection(Collections.Conversation)]
public sealed class NotificationsTests(MilestoneApp app)
{
    private const string Feed = """
        query($unreadOnly: Boolean) {
          notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id kind title body requestId read } } pageInfo { hasNextPage endCursor } }
          unreadNotificationCount
        }
        """;

    private const string Post = "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }";

    private const string MarkRead = "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }";

    private const string Preferences = """
        mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email { kind delivery } digestHour timeZone } }
        """;

    [Fact]
    public async Task A_staff_reply_reaches_the_submitters_feed_and_inbox_and_reading_it_clears_the_bell()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();

        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "We are on it: the printer needs a new fuser.", @internal = false }, agent));
        var feed = await FeedAsync(member);
        var mail = await app.Mail.WaitForAsync(received => received.To == member.Email && received.Subject == "New reply on “Printer jams”", TimeSpan.FromSeconds(30));
        var entry = feed.GetProperty("notifications").GetProperty("edges")[0].GetProperty("node");
        var left = (await app.Host.GraphQLAsync(MarkRead, new { ids = new[] { entry.GetProperty("id").GetString() } }, member)).Data("markNotificationsRead");

        Assert.Equal(1, feed.GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(("STAFF_REPLY", "New reply on “Printer jams”", requestId, false), (
            entry.GetProperty("kind").GetString(), entry.GetProperty("title").GetString(), entry.GetProperty("requestId").GetString(), entry.GetProperty("read").GetBoolean()));
        Assert.Equal("Test Agent: We are on it: the printer needs a new fuser.", entry.GetProperty("body").GetString());
        Assert.Contains("We are on it: the printer needs a new fuser.", mail.TextBody);
        Assert.Equal(0, left.GetInt32());
        Assert.Equal(0, (await FeedAsync(member, unreadOnly: true)).GetProperty("notifications").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_internal_note_tells_the_client_nothing_and_their_reply_tells_the_assignee()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var admin = await app.SharedAdministratorAsync();
        await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($requestId: ID!, $assigneeId: ID!) { assignRequest(requestId: $requestId, version: 1, assigneeId: $assigneeId) { id } }",
            new { requestId, assigneeId = agent.PersonId }, admin));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "Known driver bug", @internal = true }, agent));
        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "It jams again", @internal = false }, member));

        Assert.Equal(0, (await FeedAsync(member)).GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(["CLIENT_REPLY", "ASSIGNED_TO_YOU"], Kinds(await FeedAsync(agent)));
    }

    [Fact]
    public async Task Nobody_marks_anothers_notifications_read()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "On it", @internal = false }, agent));
        var id = (await FeedAsync(member)).GetProperty("notifications").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();

        var answer = await app.Host.GraphQLAsync(MarkRead, new { ids = new[] { id } }, agent);
        var all = await app.Host.GraphQLAsync("mutation { markAllNotificationsRead }", signedIn: agent);

        Assert.Equal(0, answer.Data("markNotificationsRead").GetInt32());
        Assert.Equal(0, all.Data("markAllNotificationsRead").GetInt32());
        Assert.Equal(1, (await FeedAsync(member)).GetProperty("unreadNotificationCount").GetInt32());
    }

    [Fact]
    public async Task With_replies_in_a_daily_digest_nothing_is_mailed_at_once_and_the_digest_comes_once_at_the_chosen_hour()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var settings = (await app.Host.GraphQLAsync(
            Preferences, new { input = new { email = new[] { new { kind = "STAFF_REPLY", delivery = "DAILY_DIGEST" } }, digestHour = 7 } }, member))
            .Data("updateNotificationPreferences");

        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "First reply", @internal = false }, agent));
        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "Second reply", @internal = false }, agent));
        var scheduled = await ScheduledDigestsAsync(member);
        var dueAt = await DigestDueAtAsync(member);
        app.Clock.SetUtcNow(dueAt);
        await MakeDigestsDueAsync(member);
        var digest = await app.Mail.WaitForAsync(received => received.To == member.Email && received.Subject.StartsWith("Your Milestone digest", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await app.Host.InvokeMessageAndWaitAsync(new Milestone.Api.Notifications.SendNotificationDigest(member.PersonId, dueAt));

        Assert.Equal(("Europe/London", 7), (settings.GetProperty("timeZone").GetString(), settings.GetProperty("digestHour").GetInt32()));
        Assert.Equal(Enum.GetValues<Milestone.Domain.Notifications.NotificationKind>().Length, settings.GetProperty("email").GetArrayLength());
        Assert.Equal(1, scheduled);
        Assert.Equal(7, TimeZoneInfo.ConvertTime(dueAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).Hour);
        Assert.Equal("Your Milestone digest: 2 notifications", digest.Subject);
        Assert.Contains("First reply", digest.TextBody);
        Assert.Contains("Second reply", digest.TextBody);
        Assert.DoesNotContain(app.Mail.Received, received => received.To == member.Email && received.Subject.StartsWith("New reply", StringComparison.Ordinal));
        Assert.Single(app.Mail.Received, received => received.To == member.Email && received.Subject.StartsWith("Your Milestone digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_replies_off_they_show_in_the_feed_and_send_no_email()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        (await app.Host.GraphQLAsync(Preferences, new { input = new { email = new[] { new { kind = "STAFF_REPLY", delivery = "OFF" } }, digestHour = 8 } }, member))
            .Data("updateNotificationPreferences");

        var tracked = await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync(async Task (IMessageContext _) =>
            await app.Host.GraphQLAsync(Post, new { requestId, body = "Quiet reply", @internal = false }, agent));

        Assert.Equal(["STAFF_REPLY"], Kinds(await FeedAsync(member)));
        Assert.DoesNotContain(tracked.Sent.MessagesOf<SendEmail>(), email => email.To == member.Email);
        Assert.Empty(tracked.Sent.MessagesOf<Milestone.Api.Notifications.SendNotificationDigest>());
    }

    [Fact]
    public async Task A_new_notification_arrives_live_over_the_subscription_and_only_for_its_reader()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        await using var memberSocket = await GraphQLSocket.SignedInAsync(app.Host, member);
        await using var agentSocket = await GraphQLSocket.SignedInAsync(app.Host, agent);
        await SubscribedAsync(memberSocket);
        await SubscribedAsync(agentSocket);

        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "Live reply", @internal = false }, agent));
        await app.SettledAsync(() => app.Host.GraphQLAsync(Post, new { requestId, body = "Thanks!", @internal = false }, member));
        var received = await memberSocket.ReceiveAsync();

        Assert.Equal(("bell", "next"), (received.GetProperty("id").GetString(), received.GetProperty("type").GetString()));
        var added = received.GetProperty("payload").GetProperty("data").GetProperty("notificationAdded");
        Assert.Equal(("STAFF_REPLY", "Test Agent: Live reply"), (added.GetProperty("kind").GetString(), added.GetProperty("body").GetString()));
        await agentSocket.SubscribeAsync("probe", "{ __typename }");
        Assert.Equal("probe", (await agentSocket.ReceiveAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Preferences_are_checked_by_name()
    {
        var member = await app.ClientUserAsync();

        var badHour = await app.Host.GraphQLAsync(Preferences, new { input = new { email = Array.Empty<object>(), digestHour = 24 } }, member);
        var twice = await app.Host.GraphQLAsync(
            Preferences, new { input = new { email = new[] { new { kind = "LOW_BALANCE", delivery = "OFF" }, new { kind = "LOW_BALANCE", delivery = "IMMEDIATELY" } }, digestHour = 8 } }, member);

        Assert.Equal(("VALIDATION", "digestHour"), (badHour.SingleError().Code(), badHour.SingleError().Extension("field")));
        Assert.Equal(("VALIDATION", "email"), (twice.SingleError().Code(), twice.SingleError().Extension("field")));
    }

    private async Task<JsonElement> FeedAsync(SignedIn who, bool unreadOnly = false)
    {
        var response = await app.Host.GraphQLAsync(Feed, new { unreadOnly }, await app.SignInAsync(who.Email));
        return response.GetProperty("data");
    }

    private static IEnumerable<string?> Kinds(JsonElement feed) =>
        feed.GetProperty("notifications").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("kind").GetString());

    private static async Task SubscribedAsync(GraphQLSocket socket)
    {
        await socket.SubscribeAsync("bell", "subscription { notificationAdded { id kind title body } }");
        await socket.SubscribeAsync("bell-live", "{ __typename }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    private async Task<int> ScheduledDigestsAsync(SignedIn person)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "select count(*) from milestone.wolverine_incoming_envelopes where status = 'Scheduled' and message_type like '%SendNotificationDigest%' and position(@person in body) > 0",
            connection);
        count.Parameters.AddWithValue("person", Encoding.UTF8.GetBytes(person.PersonId.ToString()));
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }

    private async Task<DateTimeOffset> DigestDueAtAsync(SignedIn person)
    {
        await using var session = app.Store.QuerySession();
        var waiting = await session.Query<Milestone.Projections.Notifications.Notification>()
            .Where(notification => notification.PersonId == person.PersonId && notification.DigestDueAt != null)
            .ToListAsync();
        return waiting.Select(notification => notification.DigestDueAt!.Value).Distinct().Single();
    }

    private async Task MakeDigestsDueAsync(SignedIn person) =>
        Assert.True(await app.MakeDueAsync("SendNotificationDigest", person.PersonId.ToString()) > 0, "No digest of this person was scheduled.");
}
