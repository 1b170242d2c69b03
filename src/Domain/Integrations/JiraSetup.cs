using System.Text.RegularExpressions;

namespace Milestone.Domain.Integrations;

/// <summary>The Jira site Milestone calls, as the decision accepted it: the site's address, the account and its token, the webhook secret.</summary>
public sealed record JiraSite(Uri SiteUrl, string AccountEmail, string ApiToken, string WebhookSecret);

/// <summary>A client's Jira project and the issue types its requests and work items become.</summary>
public sealed record JiraProject(string ProjectKey, string IssueType, string SubtaskIssueType);

/// <summary>
/// The decisions behind the Admin Console's Jira settings. Only those who manage integrations set them: the
/// sync acts with these credentials on every client's requests.
/// </summary>
public static partial class JiraSetup
{
    public const int MinimumSecretLength = 16;
    public const int AccountIdMaxLength = 128;

    public static JiraSite Connect(Actor actor, string siteUrl, string accountEmail, string apiToken, string webhookSecret)
    {
        RequireIntegrationManager(actor, "connect Jira");
        if (!Uri.TryCreate(siteUrl.Trim(), UriKind.Absolute, out var url))
        {
            throw Invalid("The site URL is not an absolute address.", "siteUrl");
        }

        if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
        {
            throw Invalid("The site URL must be an absolute https:// address, such as https://your-company.atlassian.net.", "siteUrl");
        }

        var email = accountEmail.Trim();
        if (email.IndexOf('@') is var at && (at < 1 || at == email.Length - 1 || at != email.LastIndexOf('@')))
        {
            throw Invalid("Give the email address of the Jira account Milestone calls with.", "accountEmail");
        }

        if (string.IsNullOrWhiteSpace(apiToken))
        {
            throw Invalid("Give the Jira account's API token.", "apiToken");
        }

        return webhookSecret.Length >= MinimumSecretLength
            ? new JiraSite(url, email, apiToken.Trim(), webhookSecret)
            : throw Invalid($"A webhook secret takes at least {MinimumSecretLength} characters.", "webhookSecret");
    }

    /// <summary><paramref name="clientExists"/> whether the client organisation is there at all.</summary>
    public static JiraProject MapClient(Actor actor, Guid clientId, bool clientExists, string projectKey, string? issueType, string? subtaskIssueType)
    {
        RequireIntegrationManager(actor, "map clients to Jira");
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.");
        }

        var key = projectKey.Trim();
        if (!ProjectKey().IsMatch(key))
        {
            throw Invalid("A Jira project key: 2–10 capital letters, digits or underscores, starting with a letter.", "projectKey");
        }

        return new JiraProject(key, Required(issueType, "issueType"), Required(subtaskIssueType, "subtaskIssueType"));
    }

    public static string LinkAccount(Actor actor, string accountId)
    {
        RequireIntegrationManager(actor, "link Jira accounts");
        var id = accountId.Trim();
        return id.Length is > 0 and <= AccountIdMaxLength
            ? id
            : throw Invalid($"A Jira account id takes 1 to {AccountIdMaxLength} characters.", "accountId");
    }

    private static void RequireIntegrationManager(Actor actor, string what)
    {
        if (!actor.Role.MayManageIntegrations())
        {
            throw new CommandRejected(Rejection.Forbidden, $"Your role may not {what}.");
        }
    }

    private static string Required(string? text, string field) =>
        text?.Trim() is { Length: > 0 } trimmed ? trimmed : throw Invalid("Give a Jira issue type.", field);

    private static CommandRejected Invalid(string message, string field) => new(Rejection.Invalid, message, field);

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,9}$")]
    private static partial Regex ProjectKey();
}
