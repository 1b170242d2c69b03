namespace Milestone.Domain.Requests;

/// <summary>
/// The Jira issue agents work the request in: at most one at a time. An issue deleted in Jira is
/// unlinked and never linked again, so a late answer about it cannot bring it back.
/// </summary>
public sealed partial record Request
{
    public JiraIssue? JiraIssue { get; init; }

    public ImmutableHashSet<string> DeletedJiraIssueIds { get; init; } = [];

    /// <summary>The issue was deleted in Jira and no new one is linked yet: the next change sent to Jira creates one.</summary>
    public bool NeedsNewJiraIssue => JiraIssue is null && !DeletedJiraIssueIds.IsEmpty;

    public IEnumerable<object> LinkJiraIssue(string issueId, string issueKey, string site, DateTimeOffset now) =>
        JiraIssue is null && !DeletedJiraIssueIds.Contains(issueId) ? [new JiraIssueLinked(Id, ClientId, issueId, issueKey, site, now)] : [];

    /// <summary>
    /// Forgets an issue deleted in Jira: the linked one, or one made for the request whose link has not
    /// been recorded yet. A deletion of any other issue (a stray duplicate) changes nothing.
    /// </summary>
    public IEnumerable<object> UnlinkDeletedJiraIssue(Actor actor, string issueId, string issueKey, DateTimeOffset now) =>
        DeletedJiraIssueIds.Contains(issueId) || (JiraIssue is { } linked && linked.Id != issueId)
            ? []
            : [new JiraIssueUnlinked(Id, ClientId, issueId, issueKey, actor.PersonId, now, actor.Source)];

    private Request EvolveJiraIssue(object @event) => @event switch
    {
        JiraIssueLinked linked => this with { JiraIssue = new JiraIssue(linked.IssueId, linked.IssueKey, linked.Site) },
        JiraIssueUnlinked unlinked => this with { JiraIssue = null, DeletedJiraIssueIds = DeletedJiraIssueIds.Add(unlinked.IssueId) },
        _ => this,
    };
}

public sealed record JiraIssue(string Id, string Key, string Site);
