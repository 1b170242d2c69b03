using Milestone.Domain.Requests;

namespace Milestone.Api.Jira;

/// <summary>
/// The Jira status a Milestone status corresponds to: the status the client's mapping names, or else
/// any status in the matching Jira status category (submitted: To Do; in progress and waiting on the
/// client: In Progress; completed and cancelled: Done).
/// </summary>
public sealed record JiraStatusTarget(string? StatusName, string CategoryKey)
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
        });

    public bool IsMetBy(JiraStatus status) => StatusName is null
        ? status.CategoryKey == CategoryKey
        : string.Equals(status.Name, StatusName, StringComparison.OrdinalIgnoreCase);
}
