namespace Milestone.Api.Tests.Messages;

/// <summary>
/// Whose unread messages a message adds to, and what takes it away again (decision 0044). The first rule, that a
/// person counts what others wrote since they last read, is in <see cref="MessengerTests"/>.
/// </summary>
[Collection(Collections.Conversation)]
public sealed class UnreadMessagesTests(MilestoneApp app)
{
    private const string Post = "mutation($r: ID!, $body: String!, $internal: Boolean) { postMessage(requestId: $r, body: $body, internal: $internal) { id } }";
    private const string Unread = "{ unreadMessages { total requests { requestId count } } }";

    [Fact]
    public async Task Staff_count_what_clients_and_colleagues_wrote_internal_notes_included_and_staff_scoped_elsewhere_count_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var elsewhere = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var otherClient = await app.ClientOrganisationAsync(admin);
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $clients: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $clients) { id } }", new { id = elsewhere.PersonId, clients = new[] { otherClient } }, admin)).Data("scopeStaffToClients");

        await SayAsync(member, requestId, "The printer jams again");
        await SayAsync(member, requestId, "Now on every page");
        await SayAsync(agent, requestId, "Probably the fuser", isInternal: true);

        Assert.Equal(3, await UnreadOnAsync(colleague, requestId));
        Assert.Equal(2, await UnreadOnAsync(agent, requestId));
        Assert.Equal(0, await UnreadOnAsync(member, requestId));
        Assert.Equal(0, (await app.Host.GraphQLAsync(Unread, signedIn: elsewhere)).Data("unreadMessages").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_withdrawn_message_no_longer_counts_for_those_who_had_not_read_it()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var withdrawn = await SayAsync(agent, requestId, "Please restart it");
        await SayAsync(agent, requestId, "Which floor is it on?");

        await app.Host.GraphQLAsync("mutation($r: ID!, $m: ID!) { deleteMessage(requestId: $r, messageId: $m) { id } }", new { r = requestId, m = withdrawn }, agent);

        Assert.Equal(1, await UnreadOnAsync(member, requestId));
    }

    [Fact]
    public async Task A_withdrawn_message_already_read_takes_nothing_from_what_came_after()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var withdrawn = await SayAsync(agent, requestId, "Please restart it");
        await app.Host.GraphQLAsync("mutation($r: ID!) { markMessagesRead(requestId: $r) }", new { r = requestId }, member);
        await SayAsync(agent, requestId, "Which floor is it on?");

        await app.Host.GraphQLAsync("mutation($r: ID!, $m: ID!) { deleteMessage(requestId: $r, messageId: $m) { id } }", new { r = requestId, m = withdrawn }, agent);

        Assert.Equal(1, await UnreadOnAsync(member, requestId));
    }

    [Fact]
    public async Task A_request_shared_with_a_colleague_counts_for_them_until_it_is_no_longer_shared()
    {
        var admin = await app.SharedAdministratorAsync();
        var (member, agent, requestId) = await app.SubmittedRequestAsync();
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, member.ClientId);
        var bystander = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, member.ClientId);
        var shared = (await app.Host.GraphQLAsync(
            "mutation($r: ID!, $p: ID!) { shareRequest(requestId: $r, version: 1, personId: $p) { version } }", new { r = requestId, p = colleague.PersonId }, member)).Data("shareRequest");
        await SayAsync(agent, requestId, "Which floor is it on?");
        var whileShared = await UnreadOnAsync(colleague, requestId);

        await app.Host.GraphQLAsync(
            "mutation($r: ID!, $v: Int!, $p: ID!) { unshareRequest(requestId: $r, version: $v, personId: $p) { id } }",
            new { r = requestId, v = shared.GetProperty("version").GetInt32() + 1, p = colleague.PersonId },
            member);

        Assert.Equal(1, whileShared);
        Assert.Equal(0, await UnreadOnAsync(colleague, requestId));
        Assert.Equal(0, await UnreadOnAsync(bystander, requestId));
    }

    private async Task<string> SayAsync(SignedIn who, string requestId, string body, bool isInternal = false)
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        return (await app.Host.GraphQLAsync(Post, new { r = requestId, body, @internal = isInternal }, who)).Data("postMessage").GetProperty("id").GetString()!;
    }

    private async Task<int> UnreadOnAsync(SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(Unread, signedIn: who)).Data("unreadMessages").GetProperty("requests").EnumerateArray()
            .Where(unread => unread.GetProperty("requestId").GetString() == requestId)
            .Select(unread => unread.GetProperty("count").GetInt32())
            .SingleOrDefault();
}
