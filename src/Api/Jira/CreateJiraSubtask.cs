namespace Milestone.Api.Jira;

/// <summary>A work item becomes a sub-task of the request's issue, found again by its label on a retry.</summary>
public sealed record CreateJiraSubtask(Guid RequestId, Guid WorkItemId, string Title) : IJiraRequestCall;

public static class CreateJiraSubtaskHandler
{
    /// <summary>
    /// Indexes the sub-task in the same transaction as Milestone learns of it, and looks there first, so
    /// the same work item sent twice (added, then again with a new issue) makes one sub-task. A request
    /// whose issue was deleted in Jira gets a new issue first, which brings every work item's sub-task.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(CreateJiraSubtask command, IDocumentSession session, JiraClient jira, CancellationToken cancellation)
    {
        var request = await session.Events.AggregateStreamAsync<Request>(command.RequestId, token: cancellation);
        var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation);
        var mapping = request is null ? null : await session.LoadAsync<JiraClientMapping>(request.ClientId, cancellation);
        if (request is null || connection is null || mapping is null)
        {
            return [];
        }

        var parent = await JiraIssueIndex.OfRequestAsync(session, request.Id, cancellation);
        if (parent is null)
        {
            return request.NeedsNewJiraIssue ? [new CreateJiraIssue(request.Id)] : throw new JiraParentNotLinkedException(request.Id);
        }

        var made = await session.Query<JiraSubtaskIndex>().Where(subtask => subtask.WorkItemId == command.WorkItemId).ToListAsync(cancellation);
        if (made.Any(subtask => subtask.ParentId == parent.Id))
        {
            return [];
        }

        return await command.OrWhenThrottledAsync(async () =>
        {
            var label = JiraIntegration.WorkItemLabelFor(command.WorkItemId);
            var existing = (await jira.SearchAsync(connection, $"labels = \"{label}\"", null, cancellation)).Issues
                .FirstOrDefault(issue => issue.Fields?.Parent?.Id == parent.Id);
            var subtask = existing is not null
                ? new JiraCreatedIssue(existing.Id, existing.Key, null)
                : await jira.CreateIssueAsync(
                    connection,
                    new Dictionary<string, object>
                    {
                        ["project"] = new { key = mapping.ProjectKey },
                        ["parent"] = new { key = parent.IssueKey },
                        ["issuetype"] = new { name = mapping.SubtaskIssueType },
                        ["summary"] = command.Title,
                        ["labels"] = new[] { JiraIntegration.Label, label },
                    },
                    cancellation);
            session.Store(new JiraSubtaskIndex(subtask.Id, command.WorkItemId, request.Id, subtask.Key, parent.Id));
            return [];
        });
    }
}
