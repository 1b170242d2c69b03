using System.Net;
using System.Net.Sockets;
using MimeKit;
using Milestone.Api.Email;

namespace Milestone.Host.Email;

public static class EmailSetup
{
    private const string DevelopmentFromAddress = "milestone@localhost";

    /// <summary>
    /// E-mail over SMTP from <c>Milestone:Smtp</c>, sent from the durable <c>email</c> queue. In
    /// Development without a configured server, a local <see cref="SmtpSink"/> receives and logs it.
    /// </summary>
    public static WebApplicationBuilder AddMilestoneEmail(this WebApplicationBuilder builder)
    {
        var configured = !string.IsNullOrWhiteSpace(builder.Configuration[$"{SmtpSettings.Section}:Host"]);
        if (!configured && builder.Environment.IsDevelopment())
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{SmtpSettings.Section}:Host"] = IPAddress.Loopback.ToString(),
                [$"{SmtpSettings.Section}:Port"] = FreePort().ToString(CultureInfo.InvariantCulture),
                [$"{SmtpSettings.Section}:Security"] = nameof(SmtpSecurity.None),
                [$"{SmtpSettings.Section}:FromAddress"] =
                    builder.Configuration[$"{SmtpSettings.Section}:FromAddress"] is { Length: > 0 } from ? from : DevelopmentFromAddress,
            });
            builder.Services.AddHostedService<DevelopmentSmtpSink>();
        }
        else if (!configured)
        {
            builder.Services.AddHostedService<UndeliverableEmailWarning>();
        }

        builder.Services.AddOptions<SmtpSettings>()
            .BindConfiguration(SmtpSettings.Section)
            .Validate(
                smtp => string.IsNullOrWhiteSpace(smtp.Host) || MailboxAddress.TryParse(smtp.FromAddress, out _),
                $"{SmtpSettings.Section}:FromAddress must be an e-mail address when {SmtpSettings.Section}:Host is set.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.ConfigureWolverine(options => options.UseMilestoneEmail());
        return builder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
