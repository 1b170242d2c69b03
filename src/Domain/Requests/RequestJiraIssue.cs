namespace Milestone.Domain.Requests;

/// <summary>The Jira issue agents work the request in: one per request, linked once.</summary>
public sealed partial record Request
{
    public JiraIssue? JiraIssue { get; init; }

    public IEnumerable<object> LinkJiraIssue(string issueId, string issueKey, string site, DateTimeOffset now) =>
        JiraIssue is null ? [new JiraIssueLinked(Id, ClientId, issueId, issueKey, site, now)] : [];

    private Request EvolveJiraIssue(object @event) => @event switch
    {
        JiraIssueLinked linked => this with { JiraIssue = new JiraIssue(linked.IssueId, linked.IssueKey, linked.Site) },
        _ => this,
    };
}

public sealed record JiraIssue(string Id, string Key, string Site);
