namespace Milestone.Api.Tests.Requests;

/// <summary>Subscriptions deliver each committed change, and only what the subscriber may see.</summary>
[Collection(Collections.Requests)]
public sealed class LiveUpdatesTests(MilestoneApp app)
{
    private const string RequestUpdated = "subscription($id: ID!) { requestUpdated(id: $id) { id status version } }";
    private const string MessageAdded = "subscription($requestId: ID!) { messageAdded(requestId: $requestId) { body internal } }";
    private const string QueueChanged = "subscription($filter: RequestFilter) { queueChanged(filter: $filter) { inQueue change request { id status } } }";

    [Fact]
    public async Task Staff_watching_a_request_see_each_change_as_it_is_committed()
    {
        var (_, agent, requestId) = await Scene();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, agent);
        await Subscribed(socket, "watch", RequestUpdated, new { id = requestId });

        await Change(agent, "startWork", requestId, version: 1);

        var update = Payload(await socket.ReceiveAsync(), "watch", "requestUpdated");
        Assert.Equal(("IN_PROGRESS", 2), (update.GetProperty("status").GetString(), update.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_client_never_hears_of_an_internal_note_by_any_subscription()
    {
        var (member, agent, requestId) = await Scene();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);
        await Subscribed(socket, "messages", MessageAdded, new { requestId });
        await Subscribed(socket, "request", RequestUpdated, new { id = requestId });
        await Subscribed(socket, "queue", QueueChanged, null);

        await Say(agent, requestId, "Known driver bug, see KB-12", isInternal: true);
        await Say(agent, requestId, "We are on it");

        var received = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync(), await socket.ReceiveAsync() };
        Assert.DoesNotContain("KB-12", string.Join(' ', received.Select(message => message.ToString())));
        var message = Payload(received.Single(next => next.GetProperty("id").GetString() == "messages"), "messages", "messageAdded");
        Assert.Equal("We are on it", message.GetProperty("body").GetString());
        var request = Payload(received.Single(next => next.GetProperty("id").GetString() == "request"), "request", "requestUpdated");
        Assert.Equal(2, request.GetProperty("version").GetInt32());
        var queue = Payload(received.Single(next => next.GetProperty("id").GetString() == "queue"), "queue", "queueChanged");
        Assert.Equal("MessagePosted", queue.GetProperty("change").GetString());
    }

    [Fact]
    public async Task Staff_receive_internal_notes_as_they_are_posted()
    {
        var (_, agent, requestId) = await Scene();
        var colleague = await app.InvitedAndSignedInAsync(await app.SharedAdministratorAsync(), Role.Agent, null);
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, colleague);
        await Subscribed(socket, "messages", MessageAdded, new { requestId });

        await Say(agent, requestId, "Known driver bug, see KB-12", isInternal: true);

        var note = Payload(await socket.ReceiveAsync(), "messages", "messageAdded");
        Assert.Equal(("Known driver bug, see KB-12", true), (note.GetProperty("body").GetString(), note.GetProperty("internal").GetBoolean()));
    }

    [Fact]
    public async Task A_queue_hears_a_request_arrive_and_leave_and_nothing_of_requests_outside_it()
    {
        var (_, agent, requestId) = await Scene();
        var (otherMember, _, otherRequestId) = await Scene();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, agent);
        await Subscribed(socket, "in-progress", QueueChanged, new { filter = new { status = new[] { "IN_PROGRESS" } } });

        await Say(otherMember, otherRequestId, "Any news?");
        await Change(agent, "startWork", requestId, version: 1);
        await Change(agent, "completeRequest", requestId, version: 2);

        var arrived = Payload(await socket.ReceiveAsync(), "in-progress", "queueChanged");
        var left = Payload(await socket.ReceiveAsync(), "in-progress", "queueChanged");
        Assert.Equal((requestId, true, "WorkStarted"), QueueEntry(arrived));
        Assert.Equal((requestId, false, "RequestCompleted"), QueueEntry(left));
    }

    [Fact]
    public async Task Another_clients_request_cannot_be_watched_and_its_changes_never_reach_the_queue()
    {
        var (_, agent, acmeRequestId) = await Scene("Acme Corp");
        var (globexMember, _, globexRequestId) = await Scene("Globex");
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, globexMember);

        await socket.SubscribeAsync("spy", RequestUpdated, new { id = acmeRequestId });
        var refusal = await socket.ReceiveAsync();
        await Subscribed(socket, "queue", QueueChanged, null);
        await Say(agent, acmeRequestId, "For Acme only");
        await Say(agent, globexRequestId, "For Globex");

        Assert.Equal(("spy", "error"), (refusal.GetProperty("id").GetString(), refusal.GetProperty("type").GetString()));
        Assert.Equal("NOT_FOUND", refusal.GetProperty("payload")[0].Code());
        var first = Payload(await socket.ReceiveAsync(), "queue", "queueChanged");
        Assert.Equal(globexRequestId, first.GetProperty("request").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Deactivating_the_subscriber_ends_the_connection_at_the_next_change()
    {
        var (member, agent, requestId) = await Scene();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);
        await Subscribed(socket, "watch", RequestUpdated, new { id = requestId });

        await app.Host.GraphQLAsync(
            "mutation($id: ID!) { deactivatePerson(personId: $id) { id } }", new { id = member.PersonId }, await app.SharedAdministratorAsync());
        await Change(agent, "startWork", requestId, version: 1);

        var last = await socket.ReceiveAsync();
        Assert.Equal(("watch", "error"), (last.GetProperty("id").GetString(), last.GetProperty("type").GetString()));
        Assert.Equal("UNAUTHENTICATED", last.GetProperty("payload")[0].Code());
        Assert.DoesNotContain("IN_PROGRESS", last.ToString());
        Assert.Equal(4403, (await socket.ClosedAsync()).Code);
    }

    /// <summary>Subscribes, then waits for a query sent after it: the server handles a connection's messages in order.</summary>
    private static async Task Subscribed(GraphQLSocket socket, string id, string query, object? variables)
    {
        await socket.SubscribeAsync(id, query, variables);
        await socket.SubscribeAsync($"{id}-live", "{ __typename }");
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    private static JsonElement Payload(JsonElement message, string id, string field)
    {
        Assert.Equal((id, "next"), (message.GetProperty("id").GetString(), message.GetProperty("type").GetString()));
        return message.GetProperty("payload").GetProperty("data").GetProperty(field);
    }

    private static (string?, bool, string?) QueueEntry(JsonElement change) => (
        change.GetProperty("request").GetProperty("id").GetString(),
        change.GetProperty("inQueue").GetBoolean(),
        change.GetProperty("change").GetString());

    private async Task<(SignedIn Member, SignedIn Agent, string RequestId)> Scene(string clientName = "Acme Corp")
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, await app.ClientOrganisationAsync(admin, clientName));
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var submitted = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member);
        return (member, agent, submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
    }

    private async Task Say(SignedIn who, string requestId, string body, bool isInternal = false) =>
        (await app.Host.GraphQLAsync(
            "mutation($requestId: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $requestId, body: $body, internal: $internal) { id } }",
            new { requestId, body, @internal = isInternal },
            who)).Data("postMessage");

    private async Task Change(SignedIn who, string mutation, string requestId, int version) =>
        (await app.Host.GraphQLAsync($"mutation {{ {mutation}(requestId: \"{requestId}\", version: {version}) {{ id }} }}", signedIn: who)).Data(mutation);
}
