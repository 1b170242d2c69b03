namespace Milestone.Api.Email;

public interface IEmailSender
{
    Task SendAsync(SendEmail email, CancellationToken cancellation);
}
