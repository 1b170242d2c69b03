using Milestone.Api.Email;

namespace Milestone.Host.Email;

internal sealed class UndeliverableEmailWarning(ILogger<UndeliverableEmailWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "No SMTP server is configured ({Section}:Host): e-mail cannot be delivered. Messages stay in the durable " +
            "'{Queue}' queue and are retried for {RetryWindow}, then moved to the dead-letter queue",
            SmtpSettings.Section, EmailRouting.QueueName, SendEmailHandler.RetryWindow);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
