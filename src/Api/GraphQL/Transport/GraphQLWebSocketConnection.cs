using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using GraphQL.Transport;
using GraphQLParser.AST;
using static Milestone.Api.GraphQL.Transport.GraphQLTransportWs;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>
/// One connection speaking graphql-transport-ws. Incoming messages are handled one at a time, in the
/// order they arrive, so an operation is running by the time the next message is read; everything
/// going out passes through one queue, so results keep their order and a close goes out after them.
/// </summary>
public sealed class GraphQLWebSocketConnection(HttpContext http, WebSocket socket, GraphQLWebSocketSettings settings)
{
    private static readonly TimeSpan ClosingHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, IDisposable?> _operations = new();
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopped = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private Caller? _caller;
    private bool _initialised;
    private bool _closing;

    private IGraphQLTextSerializer Serializer => http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();

    public async Task RunAsync()
    {
        var sending = SendAllAsync();
        _ = CloseUnlessInitialisedAsync();
        try
        {
            while (!_closing && await ReceiveAsync() is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The client went away without a closing handshake; there is nobody left to tell.
        }
        finally
        {
            foreach (var operation in _operations.Values)
            {
                operation?.Dispose();
            }

            _outgoing.Writer.TryComplete();
            await sending;
            await FinishClosingHandshakeAsync();
            await _stopped.CancelAsync();
        }
    }

    private async Task HandleAsync(string text)
    {
        if (!TryParse(text, out var message) || !message.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            Close(BadRequest, "Invalid message received");
            return;
        }

        switch (type.GetString())
        {
            case ConnectionInit:
                await InitialiseAsync(message);
                break;
            case Ping:
                Send(Envelope(Pong));
                break;
            case Pong:
                break;
            case Subscribe:
                await SubscribeAsync(message);
                break;
            case Complete when Id(message) is { } id:
                if (_operations.TryRemove(id, out var operation))
                {
                    operation?.Dispose();
                }

                break;
            default:
                Close(BadRequest, "Invalid message received");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (_initialised)
        {
            Close(TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initialised = true;
        var payload = message.TryGetProperty("payload", out var given) ? given : default;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            Close(BadRequest, "Invalid message received");
            return;
        }

        if (ConnectionInitToken.From(payload) is not { } accessToken)
        {
            Close(Forbidden, ConnectionInitToken.Missing);
            return;
        }

        (_caller, var refusal) = await CallerAuthentication.FromAccessTokenAsync(http.RequestServices, accessToken, _stopped.Token);
        if (_caller is null)
        {
            Close(Forbidden, ConnectionInitToken.Refused(refusal));
            return;
        }

        Send(Envelope(ConnectionAck));
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (_caller is null)
        {
            Close(Unauthorized, "Unauthorized");
            return;
        }

        if (Id(message) is not { } id || !TryReadRequest(message, out var request))
        {
            Close(BadRequest, "Invalid message received");
            return;
        }

        if (!_operations.TryAdd(id, null))
        {
            Close(SubscriberAlreadyExists, Truncated($"Subscriber for {id} already exists"));
            return;
        }

        if (_operations.Count > settings.MaxOperations)
        {
            _operations.TryRemove(id, out _);
            Send(Envelope(Error, id, Errors(new ExecutionResult
            {
                Errors = [new CodedError(ErrorCodes.BadRequest, $"At most {settings.MaxOperations} operations may run at once on one connection.")],
            })));
            return;
        }

        var result = await ExecuteAsync(request);
        if (result.Streams?.Values.SingleOrDefault() is { } stream)
        {
            var subscription = stream.Subscribe(new StreamObserver(this, id));
            if (!_operations.TryUpdate(id, subscription, null))
            {
                subscription.Dispose();
            }

            return;
        }

        _operations.TryRemove(id, out _);
        if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
        {
            Send(Envelope(Error, id, Errors(result)));
            return;
        }

        Send(Envelope(Next, id, Serializer.Serialize(result)));
        Send(Envelope(Complete, id));
    }

    private Task<ExecutionResult> ExecuteAsync(GraphQLRequest request) =>
        http.RequestServices.GetRequiredService<IDocumentExecuter<MilestoneSchema>>().ExecuteAsync(
            request.ExecutionOf(http, new MilestoneUserContext(_caller), _stopped.Token, CredentialFieldsOverHttpAlone.OverWebSocket));

    private void Forward(string id, ExecutionResult result)
    {
        if (_operations.ContainsKey(id))
        {
            Send(Envelope(Next, id, Serializer.Serialize(result)));
        }
    }

    /// <summary>
    /// The end of a subscription's event stream. A stream that failed says why in an error message; one
    /// that failed because the subscriber's session ended takes the connection with it.
    /// </summary>
    private void Finish(string id, Exception? failure)
    {
        if (!_operations.TryRemove(id, out _))
        {
            return;
        }

        if (failure is null)
        {
            Send(Envelope(Complete, id));
            return;
        }

        var error = failure as CodedError ?? http.RequestServices.GetRequiredService<ExceptionTranslation>().Translate(failure);
        Send(Envelope(Error, id, Errors(new ExecutionResult { Errors = [error] })));
        if (error.Code == ErrorCodes.Unauthenticated)
        {
            Close(Forbidden, "Forbidden");
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(settings.ConnectionInitTimeout, http.RequestServices.GetRequiredService<TimeProvider>(), _stopped.Token);
            if (!_initialised)
            {
                Close(ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer.GetMemory(4096), _stopped.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                Close(socket.CloseStatus is { } status ? (int)status : (int)WebSocketCloseStatus.NormalClosure, string.Empty);
                return null;
            }

            buffer.Advance(received.Count);
            if (buffer.WrittenCount > settings.MaxMessageBytes)
            {
                Close((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return null;
            }

            if (received.EndOfMessage)
            {
                return received.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(buffer.WrittenSpan) : string.Empty;
            }
        }
    }

    private async Task SendAllAsync()
    {
        await foreach (var outgoing in _outgoing.Reader.ReadAllAsync())
        {
            try
            {
                if (outgoing.CloseCode is { } code)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, outgoing.Text, _stopped.Token);
                    return;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(outgoing.Text), WebSocketMessageType.Text, endOfMessage: true, _stopped.Token);
            }
            catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FinishClosingHandshakeAsync()
    {
        if (socket.State != WebSocketState.CloseSent)
        {
            return;
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_stopped.Token);
        patience.CancelAfter(ClosingHandshakeTimeout);
        try
        {
            var buffer = new byte[1024];
            while ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The client did not answer our close; the connection ends all the same.
        }
    }

    private void Send(string text) => _outgoing.Writer.TryWrite(new Outgoing(text, null));

    private void Close(int code, string reason)
    {
        _closing = true;
        _outgoing.Writer.TryWrite(new Outgoing(reason, code));
        _outgoing.Writer.TryComplete();
    }

    private string Errors(ExecutionResult failed)
    {
        using var serialized = JsonDocument.Parse(Serializer.Serialize(failed));
        return serialized.RootElement.GetProperty("errors").GetRawText();
    }

    private bool TryReadRequest(JsonElement message, out GraphQLRequest request)
    {
        request = null!;
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            request = Serializer.Deserialize<GraphQLRequest>(payload.GetRawText())!;
            return request is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryParse(string text, out JsonElement message)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            message = document.RootElement.Clone();
            return message.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            message = default;
            return false;
        }
    }

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    private static string Envelope(string type, string? id = null, string? payloadJson = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (payloadJson is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A close reason may be at most 123 bytes of UTF-8.</summary>
    private static string Truncated(string reason) => Encoding.UTF8.GetByteCount(reason) <= 123 ? reason : reason[..60] + "…";

    private sealed record Outgoing(string Text, int? CloseCode);

    private sealed class StreamObserver(GraphQLWebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.Forward(id, value);

        public void OnError(Exception error) => connection.Finish(id, error);

        public void OnCompleted() => connection.Finish(id, null);
    }
}
