using System.Net.Sockets;
using FluentValidation;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Email;

/// <summary>
/// An e-mail to send. Return or publish it from a handler so it is stored in the outbox in the
/// handler's transaction and sent after commit; <see cref="EmailId"/> becomes the Message-Id.
/// </summary>
public sealed record SendEmail(Guid EmailId, string To, string Subject, string TextBody, string? HtmlBody = null, IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>A text file sent with an e-mail, such as a calendar entry (<c>text/calendar</c>).</summary>
public sealed record EmailAttachment(string FileName, string MediaType, string Content);

public sealed class SendEmailValidator : AbstractValidator<SendEmail>
{
    public SendEmailValidator()
    {
        RuleFor(email => email.EmailId).NotEmpty();
        RuleFor(email => email.To).NotEmpty().EmailAddress();
        RuleFor(email => email.Subject).NotEmpty();
        RuleFor(email => email.TextBody).NotNull();
    }
}

public static class SendEmailHandler
{
    // The waits before attempts 2, 3, 4, …; after the last one the message goes to the dead-letter queue.
    private static readonly TimeSpan[] RetryDelays =
    [
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(30),
        .. Enumerable.Repeat(TimeSpan.FromMinutes(5), 20),
    ];

    public static TimeSpan RetryWindow { get; } = RetryDelays.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);

    public static Task Handle(SendEmail email, IEmailSender sender, CancellationToken cancellation) =>
        sender.SendAsync(email, cancellation);

    // Reaching and talking to the relay fails for minutes at a time, and a 4xx reply means "try again
    // later" (RFC 5321); both are retried from the durable inbox. A 5xx reply or an invalid message
    // will never succeed, so anything else goes straight to the dead-letter queue.
    public static void Configure(HandlerChain chain) =>
        chain.OnException<SocketException>()
            .Or<IOException>()
            .Or<TimeoutException>()
            .Or<OperationCanceledException>()
            .Or<ServiceNotConnectedException>()
            .Or<SmtpProtocolException>()
            .Or<SslHandshakeException>()
            .Or<AuthenticationException>()
            .Or<SmtpNotConfiguredException>()
            .Or<SmtpCommandException>(e => (int)e.StatusCode < 500)
            .ScheduleRetry(RetryDelays);
}
