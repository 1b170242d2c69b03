namespace Milestone.Api.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
