namespace Milestone.Api.Jira;

/// <summary>Create the request's issue in the project mapped to its client, unless it already has one.</summary>
public sealed record CreateJiraIssue(Guid RequestId) : IJiraRequestCall;

public static class CreateJiraIssueHandler
{
    /// <summary>
    /// Looks for an issue carrying the request's label before creating one: a create whose answer was
    /// lost (timeout, crash before commit) is retried, and must find the issue it made rather than make a
    /// second. The issue is indexed in this transaction, so a later call about the request, which runs
    /// only after this one, finds it even before the request records the link. An issue that replaces one
    /// deleted in Jira gets the work items' sub-tasks again, as Jira deleted those with it.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(CreateJiraIssue command, IDocumentSession session, JiraClient jira, CancellationToken cancellation)
    {
        var request = await session.Events.AggregateStreamAsync<Request>(command.RequestId, token: cancellation);
        var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation);
        var mapping = request is null ? null : await session.LoadAsync<JiraClientMapping>(request.ClientId, cancellation);
        if (request is null || request.JiraIssue is not null || connection is null || mapping is null
            || await JiraIssueIndex.OfRequestAsync(session, request.Id, cancellation) is not null)
        {
            return [];
        }

        return await command.OrWhenThrottledAsync(async () =>
        {
            // Known before the request's first transition, which runs only after this call has committed, so the
            // webhook about that transition is recognised as Milestone's own however soon it arrives.
            await JiraSyncAccount.LearnAsync(session, jira, connection, cancellation);
            var label = JiraIntegration.LabelFor(request.Id);
            // Jira's search may show a deleted issue for a moment after its deletion; that one is never linked again.
            var existing = (await jira.SearchAsync(connection, $"labels = \"{label}\"", null, cancellation)).Issues
                .FirstOrDefault(issue => !request.DeletedJiraIssueIds.Contains(issue.Id));
            var issue = existing is not null
                ? new JiraCreatedIssue(existing.Id, existing.Key, null)
                : await jira.CreateIssueAsync(connection, Fields(request, mapping, label), cancellation);
            session.Store(new JiraIssueIndex(issue.Id, request.Id, request.ClientId, issue.Key));
            OutgoingMessages next = [new LinkJiraIssue(request.Id, issue.Id, issue.Key, connection.Site)];
            if (request.Status != RequestStatus.Submitted)
            {
                next.Add(new TransitionJiraIssue(request.Id));
            }

            if (request.NeedsNewJiraIssue && await session.LoadAsync<RequestDetails>(request.Id, cancellation) is { } details)
            {
                next.AddRange(details.WorkItems.Select(item => new CreateJiraSubtask(request.Id, item.Id, item.Title)));
            }

            return next;
        });
    }

    private static Dictionary<string, object> Fields(Request request, JiraClientMapping mapping, string label)
    {
        var fields = new Dictionary<string, object>
        {
            ["project"] = new { key = mapping.ProjectKey },
            ["issuetype"] = new { name = mapping.IssueType },
            ["summary"] = request.Title,
            ["description"] = JiraDocument.Of(request.Description),
            ["labels"] = new[] { JiraIntegration.Label, label },
        };
        if (mapping.Priorities.TryGetValue(request.Urgency, out var priority))
        {
            fields["priority"] = new { name = priority };
        }

        return fields;
    }
}
