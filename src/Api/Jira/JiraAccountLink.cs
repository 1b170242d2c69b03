namespace Milestone.Api.Jira;

/// <summary>An administrator's statement that a Jira account is this Milestone person, so their worklogs and changes count as theirs.</summary>
public sealed record JiraAccountLink(string Id, Guid PersonId, Guid ChangedBy, DateTimeOffset ChangedAt)
{
    public string AccountId => Id;
}
