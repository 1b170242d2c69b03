namespace Milestone.Api.People;

/// <summary>Bound from <c>Milestone:Portal</c>: where the apps live, for links in e-mails.</summary>
public sealed class PortalSettings
{
    public const string Section = "Milestone:Portal";

    public string BaseUrl { get; set; } = "http://localhost:5080";

    public string InvitationLink(string token) => $"{BaseUrl.TrimEnd('/')}/invitations/accept?token={Uri.EscapeDataString(token)}";

    public string PasswordResetLink(string token) => $"{BaseUrl.TrimEnd('/')}/password/reset?token={Uri.EscapeDataString(token)}";
}
