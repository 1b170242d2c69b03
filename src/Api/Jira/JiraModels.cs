using System.Text.Json.Serialization;

namespace Milestone.Api.Jira;

// Jira Cloud REST v3 and webhook shapes, as far as the sync reads them.

public sealed record JiraUser(string? AccountId, string? DisplayName);

public sealed record JiraStatusCategory(string Key);

public sealed record JiraStatus(string Name, JiraStatusCategory? StatusCategory)
{
    public string CategoryKey => StatusCategory?.Key ?? "undefined";
}

public sealed record JiraIssueFields(
    JiraStatus? Status,
    JsonElement? Resolution,
    [property: JsonConverter(typeof(JiraTimeConverter))] DateTimeOffset Updated,
    IReadOnlyList<string>? Labels,
    JiraIssueRef? Parent)
{
    public bool Resolved => Resolution is { ValueKind: JsonValueKind.Object };
}

public sealed record JiraIssueRef(string Id, string Key);

public sealed record JiraIssue(string Id, string Key, JiraIssueFields? Fields);

public sealed record JiraCreatedIssue(string Id, string Key, string? Self);

public sealed record JiraSearchResult(IReadOnlyList<JiraIssue> Issues, string? NextPageToken);

/// <summary>A transition as Jira offers it, with the fields of its screen when asked for them (<c>expand=transitions.fields</c>).</summary>
public sealed record JiraTransition(string Id, string Name, JiraStatus To, IReadOnlyDictionary<string, JiraTransitionField>? Fields = null);

/// <summary>A field on a transition's screen: one that is required and has no default must be sent with the transition.</summary>
public sealed record JiraTransitionField(bool Required, string? Name, bool? HasDefaultValue, IReadOnlyList<JiraAllowedValue>? AllowedValues);

public sealed record JiraAllowedValue(string? Id, string? Name);

public sealed record JiraTransitions(IReadOnlyList<JiraTransition> Transitions);

public sealed record JiraWorklog(
    string Id,
    string IssueId,
    JiraUser? Author,
    int TimeSpentSeconds,
    [property: JsonConverter(typeof(JiraTimeConverter))] DateTimeOffset Started,
    [property: JsonConverter(typeof(JiraTimeConverter))] DateTimeOffset Updated,
    JsonElement? Comment)
{
    public string? CommentText => Comment is { } comment ? JiraText.Of(comment) : null;
}

public sealed record JiraWorklogPage(IReadOnlyList<JiraWorklog> Worklogs);

public sealed record JiraChangeItem(string Field);

public sealed record JiraChangelog(IReadOnlyList<JiraChangeItem>? Items);

/// <summary>A comment on an issue; <see cref="Visibility"/> (a role or group) or <c>jsdPublic: false</c> hides it from the customer.</summary>
public sealed record JiraComment(
    string Id,
    JiraUser? Author,
    JsonElement? Body,
    [property: JsonConverter(typeof(JiraTimeConverter))] DateTimeOffset Updated,
    JsonElement? Visibility,
    bool? JsdPublic)
{
    public string BodyText => Body is { } body ? JiraText.Of(body) : string.Empty;

    public bool Restricted => Visibility is { ValueKind: JsonValueKind.Object } || JsdPublic == false;
}

public sealed record JiraWebhook(string WebhookEvent, JiraUser? User, JiraIssue? Issue, JiraWorklog? Worklog, JiraComment? Comment, JiraChangelog? Changelog)
{
    /// <summary>Only a delivery that moved the status is followed: others carry a status that may be older than a move just made in Milestone.</summary>
    public bool MovesStatus => Changelog?.Items?.Any(item => item.Field is "status" or "resolution") == true;
}

public static class JiraText
{
    /// <summary>Plain text of a body: webhooks may send a string, REST v3 sends Atlassian Document Format.</summary>
    public static string Of(JsonElement node) => TextOf(node).Trim();

    private static string TextOf(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => node.GetString()!,
        JsonValueKind.Object when node.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String => text.GetString()!,
        JsonValueKind.Object when node.TryGetProperty("content", out var content) =>
            content.EnumerateArray().Aggregate(new StringBuilder(), (all, child) => all.Append(TextOf(child))).ToString(),
        _ => string.Empty,
    };
}
