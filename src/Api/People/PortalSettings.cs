namespace Milestone.Api.People;

/// <summary>Bound from <c>Milestone:Portal</c>: where the apps live, for links in e-mails.</summary>
public sealed class PortalSettings
{
    public const string Section = "Milestone:Portal";

    public string BaseUrl { get; set; } = "http://localhost:5080";
}
