using System.Net.WebSockets;

namespace Milestone.Api.Tests.GraphQL;

/// <summary>The graphql-transport-ws protocol on /graphql, message by message, with its close codes.</summary>
[Collection(Collections.GraphQL)]
public sealed class GraphQLOverWebSocketTests(MilestoneApp app)
{
    [Fact]
    public async Task A_signed_in_connection_is_acknowledged_and_answers_pings()
    {
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, await app.SharedAdministratorAsync());

        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        Assert.Equal("pong", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not-a-token", "Access token not valid: sign in again")]
    [InlineData(null, "No access token: send connection_init with payload { authorization: \"Bearer <token>\" }")]
    public async Task A_connection_without_a_valid_access_token_is_refused_with_4403_saying_why(string? accessToken, string reason)
    {
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);

        await socket.SendAsync(new { type = "connection_init", payload = new { accessToken } });

        Assert.Equal((4403, reason), await socket.ClosedAsync());
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("Authorization")]
    [InlineData("AUTHORIZATION")]
    public async Task The_token_is_taken_as_a_bearer_authorization_in_any_case_as_the_stock_clients_send_it(string name)
    {
        var admin = await app.SharedAdministratorAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);

        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { [name] = $"Bearer {admin.AccessToken}" } });

        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_bearer_token_inside_headers_is_taken_too()
    {
        var admin = await app.SharedAdministratorAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);

        await socket.SendAsync(new { type = "connection_init", payload = new { headers = new { Authorization = $"bearer {admin.AccessToken}" } } });

        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_session_that_was_signed_out_cannot_connect()
    {
        var member = await app.ClientUserAsync();
        await app.Host.GraphQLAsync("mutation { signOut }", signedIn: member);
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {member.AccessToken}" } });

        Assert.Equal((4403, "Session ended: sign in again"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task Subscribing_before_the_connection_is_acknowledged_closes_it_with_4401()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);

        await socket.SubscribeAsync("1", "{ __typename }");

        Assert.Equal((4401, "Unauthorized"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_the_connection_with_4429()
    {
        var admin = await app.SharedAdministratorAsync();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, admin);

        await socket.SendAsync(new { type = "connection_init", payload = new { accessToken = admin.AccessToken } });

        Assert.Equal((4429, "Too many initialisation requests"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_connection_that_never_initialises_is_closed_with_4408()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host);
        await socket.SendAsync(new { type = "ping" });
        await socket.ReceiveAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ClosedAsync());
    }

    [Theory]
    [InlineData("this is not JSON")]
    [InlineData("""{"type":"launch_missiles"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":42}}""")]
    [InlineData("""[{"type":"ping"}]""")]
    public async Task A_message_outside_the_protocol_closes_the_connection_with_4400(string message)
    {
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, await app.SharedAdministratorAsync());

        await socket.SendTextAsync(message);

        Assert.Equal((4400, "Invalid message received"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_connection()
    {
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, await app.SharedAdministratorAsync());

        await socket.SendTextAsync(new string(' ', 1_100_000));

        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, (await socket.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_client_that_does_not_speak_graphql_transport_ws_is_closed_with_4406()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(app.Host, subProtocol: "graphql-ws");

        Assert.Equal(4406, (await socket.ClosedAsync()).Code);
    }

    [Fact]
    public async Task Reusing_the_id_of_a_running_subscription_closes_the_connection_with_4409()
    {
        var (member, requestId) = await SubmittedRequest();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);
        const string Updates = "subscription($id: ID!) { requestUpdated(id: $id) { id } }";
        await socket.SubscribeAsync("updates", Updates, new { id = requestId });

        await socket.SubscribeAsync("updates", Updates, new { id = requestId });

        Assert.Equal((4409, "Subscriber for updates already exists"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_query_over_the_socket_answers_next_then_complete()
    {
        var member = await app.ClientUserAsync();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);

        await socket.SubscribeAsync("me", "{ me { id } }");

        var next = await socket.ReceiveAsync();
        var complete = await socket.ReceiveAsync();
        Assert.Equal(("me", "next"), (next.GetProperty("id").GetString(), next.GetProperty("type").GetString()));
        Assert.Equal(member.PersonId, next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetGuid());
        Assert.Equal(("me", "complete"), (complete.GetProperty("id").GetString(), complete.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task An_invalid_document_answers_an_error_message_and_the_connection_stays_open()
    {
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, await app.SharedAdministratorAsync());

        await socket.SubscribeAsync("bad", "{ noSuchField }");
        var error = await socket.ReceiveAsync();
        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("payload")[0].Code());
        Assert.Equal("pong", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Sign_in_cannot_be_multiplexed_over_a_socket()
    {
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, await app.SharedAdministratorAsync());
        var before = await app.CountEventsAsync();

        await socket.SubscribeAsync("guess", """mutation { signIn(input: { email: "someone@example.com", password: "a guess of twelve" }) { accessToken } }""");

        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Contains("HTTP POST", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_subscription_sent_over_HTTP_is_refused_before_anything_runs()
    {
        var (member, requestId) = await SubmittedRequest();

        var response = await app.Host.GraphQLAsync(
            "subscription($id: ID!) { requestUpdated(id: $id) { id } }", new { id = requestId }, member, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
        Assert.Contains("WebSocket", response.SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task More_operations_than_the_limit_are_refused_one_by_one()
    {
        var (member, requestId) = await SubmittedRequest();
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, member);
        for (var running = 1; running <= 50; running++)
        {
            await socket.SubscribeAsync($"s{running}", "subscription($id: ID!) { requestUpdated(id: $id) { id } }", new { id = requestId });
        }

        await socket.SubscribeAsync("one-too-many", "subscription($id: ID!) { requestUpdated(id: $id) { id } }", new { id = requestId });

        var refusal = await socket.ReceiveAsync();
        Assert.Equal(("one-too-many", "error"), (refusal.GetProperty("id").GetString(), refusal.GetProperty("type").GetString()));
        Assert.Equal("BAD_REQUEST", refusal.GetProperty("payload")[0].Code());
    }

    private async Task<(SignedIn Member, string RequestId)> SubmittedRequest()
    {
        var member = await app.ClientUserAsync();
        var submitted = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member);
        return (member, submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
    }
}
