using Marten;
using Milestone.Domain.Requests;
using Wolverine;

namespace Milestone.Api.Jira;

/// <summary>A work item becomes a sub-task of the request's issue, found again by its label on a retry.</summary>
public sealed record CreateJiraSubtask(Guid RequestId, Guid WorkItemId, string Title) : IJiraCall;

public static class CreateJiraSubtaskHandler
{
    public static async Task<OutgoingMessages> Handle(CreateJiraSubtask command, IDocumentSession session, JiraClient jira, CancellationToken cancellation)
    {
        var request = await session.Events.AggregateStreamAsync<Request>(command.RequestId, token: cancellation);
        var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation);
        var mapping = request is null ? null : await session.LoadAsync<JiraClientMapping>(request.ClientId, cancellation);
        if (request is null || connection is null || mapping is null)
        {
            return [];
        }

        if (request.JiraIssue is not { } parent)
        {
            throw new JiraParentNotLinkedException(request.Id);
        }

        return await command.OrWhenThrottledAsync(async () =>
        {
            var label = JiraIntegration.WorkItemLabelFor(command.WorkItemId);
            if ((await jira.SearchAsync(connection, $"labels = \"{label}\"", null, cancellation)).Issues.Count == 0)
            {
                await jira.CreateIssueAsync(
                    connection,
                    new Dictionary<string, object>
                    {
                        ["project"] = new { key = mapping.ProjectKey },
                        ["parent"] = new { key = parent.Key },
                        ["issuetype"] = new { name = mapping.SubtaskIssueType },
                        ["summary"] = command.Title,
                        ["labels"] = new[] { JiraIntegration.Label, label },
                    },
                    cancellation);
            }

            return [];
        });
    }
}
