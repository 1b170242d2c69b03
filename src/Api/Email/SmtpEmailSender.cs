using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Milestone.Api.Email;

public sealed class SmtpEmailSender(IOptions<SmtpSettings> settings) : IEmailSender
{
    public async Task SendAsync(SendEmail email, CancellationToken cancellation)
    {
        var smtp = settings.Value;
        if (!smtp.IsConfigured)
        {
            throw new SmtpNotConfiguredException();
        }

        var message = Compose(email, new MailboxAddress(smtp.FromName, smtp.FromAddress));
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SocketOptions(smtp.Security), cancellation);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellation);
        }

        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(quit: true, cancellation);
    }

    public static string MessageIdFor(Guid emailId, string fromAddress) =>
        $"{emailId}@{MailboxAddress.Parse(fromAddress).Domain}";

    private static MimeMessage Compose(SendEmail email, MailboxAddress from)
    {
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var attachment in email.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, Encoding.UTF8.GetBytes(attachment.Content), ContentType.Parse($"{attachment.MediaType}; charset=utf-8"));
        }

        var message = new MimeMessage
        {
            // The same id on every attempt lets relays and mail clients recognise a retried send as one message.
            MessageId = MessageIdFor(email.EmailId, from.Address),
            Subject = email.Subject,
            Body = body.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };
}
