namespace Milestone.Domain.People;

/// <summary>
/// Where a change was made. Changes that arrive from Jira carry <see cref="Jira"/> so the outbound
/// sync never sends them back, and the request's history shows where each change came from.
/// </summary>
public enum ChangeSource
{
    Milestone,
    Jira,
}
