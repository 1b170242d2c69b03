namespace Milestone.Api.Jira;

/// <summary>
/// Where a client's requests live in Jira and how their fields translate. A client without a mapping
/// is not synced. Statuses not named here follow Jira's status categories (see <see cref="JiraStatusTarget"/>).
/// </summary>
public sealed record JiraClientMapping(
    Guid Id,
    string ProjectKey,
    string IssueType,
    string SubtaskIssueType,
    IReadOnlyDictionary<Urgency, string> Priorities,
    IReadOnlyDictionary<RequestStatus, string> Statuses,
    bool WorklogsBillable,
    Guid ChangedBy,
    DateTimeOffset ChangedAt)
{
    public Guid ClientId => Id;
}
