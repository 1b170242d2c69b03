using Microsoft.Extensions.Options;
using Milestone.Api.Email;

namespace Milestone.Host.Email;

/// <summary>Runs the <see cref="SmtpSink"/> that development e-mail goes to while the host runs.</summary>
internal sealed class DevelopmentSmtpSink(IOptions<SmtpSettings> settings, ILogger<DevelopmentSmtpSink> logger) : IHostedService
{
    private SmtpSink? _sink;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sink = SmtpSink.Start(settings.Value.Port, logger);
        logger.LogInformation(
            "No SMTP server is configured ({Section}:Host): e-mail goes to the development sink on 127.0.0.1:{Port} and is logged here",
            SmtpSettings.Section, _sink.Port);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}
