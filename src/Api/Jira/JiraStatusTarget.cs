namespace Milestone.Api.Jira;

/// <summary>
/// The Jira status a Milestone status corresponds to: the status the client's mapping names, or else
/// any status in the matching Jira status category (submitted: To Do; in progress and waiting on the
/// client: In Progress; completed and cancelled: Done) that the mapping does not name for another
/// Milestone status. "Waiting for customer" mapped for waiting on the client is in Jira's In Progress
/// category too, but an issue there has not caught up with work that resumed.
/// </summary>
public sealed record JiraStatusTarget(string? StatusName, string CategoryKey, IReadOnlySet<string> NamedForOthers)
{
    public const string ToDo = "new";
    public const string InProgress = "indeterminate";
    public const string Done = "done";

    public static JiraStatusTarget For(JiraClientMapping mapping, RequestStatus status) => new(
        mapping.Statuses.TryGetValue(status, out var named) ? named : null,
        status switch
        {
            RequestStatus.Submitted => ToDo,
            RequestStatus.InProgress or RequestStatus.WaitingOnClient => InProgress,
            _ => Done,
        },
        mapping.Statuses.Where(other => other.Key != status).Select(other => other.Value).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public bool IsMetBy(JiraStatus status) => StatusName is null
        ? status.CategoryKey == CategoryKey && !NamedForOthers.Contains(status.Name)
        : string.Equals(status.Name, StatusName, StringComparison.OrdinalIgnoreCase);
}
