namespace Milestone.Api.Jira;

/// <summary>
/// The one Jira Cloud site Milestone syncs with, as an administrator set it. The API token and the
/// webhook secret are read by the sync only; no query returns them, and no log prints a command or a document (the one log policy, CommandFailureLogging).
/// </summary>
public sealed record JiraConnection(string Id, Uri SiteUrl, string AccountEmail, string ApiToken, string WebhookSecret, Guid ChangedBy, DateTimeOffset ChangedAt)
{
    public const string Key = "jira";

    public string Site => SiteUrl.GetLeftPart(UriPartial.Authority);
}
