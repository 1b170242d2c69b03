using System.Text;

namespace Milestone.Api.Jira;

/// <summary>
/// The one Jira Cloud site Milestone syncs with, as an administrator set it. The API token and the
/// webhook secret are read by the sync only; no query returns them and no log shows them.
/// </summary>
public sealed record JiraConnection(string Id, Uri SiteUrl, string AccountEmail, string ApiToken, string WebhookSecret, Guid ChangedBy, DateTimeOffset ChangedAt)
{
    public const string Key = "jira";

    public string Site => SiteUrl.GetLeftPart(UriPartial.Authority);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"SiteUrl = {SiteUrl}, AccountEmail = {AccountEmail}, ChangedBy = {ChangedBy}, ChangedAt = {ChangedAt:O}");
        return true;
    }
}
