using System.Diagnostics.CodeAnalysis;

namespace Milestone.Api.Email;

/// <summary>The SMTP relay that e-mail goes through, bound from <c>Milestone:Smtp</c>.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Milestone:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "Milestone";

    [MemberNotNullWhen(true, nameof(Host), nameof(FromAddress))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(FromAddress);
}
