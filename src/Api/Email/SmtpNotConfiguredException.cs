namespace Milestone.Api.Email;

public sealed class SmtpNotConfiguredException()
    : Exception($"No SMTP server is configured ({SmtpSettings.Section}:Host), so e-mail cannot be delivered yet.");
