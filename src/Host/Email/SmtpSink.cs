using System.Buffers;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Milestone.Host.Email;

/// <summary>
/// A real SMTP server on 127.0.0.1 that keeps what it receives in memory, for development and tests.
/// It listens on a free port the first time it starts and on that same port after a stop.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedEmail> _received = [];
    private readonly List<(Func<ReceivedEmail, bool> Match, TaskCompletionSource<ReceivedEmail> Arrived)> _waiters = [];
    private readonly ILogger _logger;
    private CancellationTokenSource? _stopping;
    private Task _running = Task.CompletedTask;

    private SmtpSink(ILogger logger)
    {
        _logger = logger;
    }

    public int Port { get; private set; }

    public IReadOnlyList<ReceivedEmail> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts a sink; with a logger, it logs every message it receives at Information level.</summary>
    public static SmtpSink Start(int port = 0, ILogger? logger = null)
    {
        var sink = new SmtpSink(logger ?? NullLogger.Instance) { Port = port };
        sink.Start();
        return sink;
    }

    public void Start()
    {
        if (_stopping is not null)
        {
            throw new InvalidOperationException($"The SMTP sink is already listening on port {Port}.");
        }

        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, started) => Port = ((IPEndPoint)started.LocalEndPoint).Port;
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(this));
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();

        _stopping = new CancellationTokenSource();
        // The listener is bound before StartAsync first yields, so Port is known and a failure to bind surfaces here.
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
        if (_running.IsFaulted)
        {
            _stopping = null;
            _running.GetAwaiter().GetResult();
        }
    }

    public async Task StopAsync()
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Sessions still open when the sink stops end this way.
        }

        _stopping.Dispose();
        _stopping = null;
    }

    /// <summary>The first message, received already or from now on, that matches; no polling.</summary>
    public async Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, TimeSpan timeout)
    {
        var arrived = new TaskCompletionSource<ReceivedEmail>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = (match, arrived);
        lock (_gate)
        {
            if (_received.FirstOrDefault(match) is { } already)
            {
                return already;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await arrived.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var seen = Received.Select(email => $"{email.To}: {email.Subject} ({email.MessageId})");
            throw new TimeoutException(
                $"No matching e-mail reached the SMTP sink on port {Port} within {timeout}. Received: [{string.Join("; ", seen)}]");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Accept(ReceivedEmail email)
    {
        _logger.LogInformation("E-mail to {To}: {Subject}\n{TextBody}", email.To, email.Subject, email.TextBody);
        lock (_gate)
        {
            _received.Add(email);
            foreach (var (match, arrived) in _waiters.Where(waiter => waiter.Match(email)))
            {
                arrived.TrySetResult(email);
            }
        }
    }

    private static ReceivedEmail Parse(MimeMessage message) =>
        new(
            message.MessageId ?? "",
            string.Join(", ", message.From.Mailboxes.Select(mailbox => mailbox.Address)),
            string.Join(", ", message.To.Mailboxes.Select(mailbox => mailbox.Address)),
            message.Subject ?? "",
            message.TextBody,
            message.HtmlBody)
        {
            Attachments = message.Attachments.OfType<MimePart>().ToDictionary(part => part.FileName ?? "", Decoded),
        };

    private static string Decoded(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            sink.Accept(Parse(await MimeMessage.LoadAsync(stream, cancellationToken)));
            return SmtpResponse.Ok;
        }
    }
}
