using Marten;
using Microsoft.Extensions.Logging;
using Milestone.Domain.Requests;
using Wolverine;

namespace Milestone.Api.Jira;

/// <summary>
/// Move the request's Jira issue to the status matching the request's status as it stands when the call is
/// made, not as it stood when the call was queued: a call retried after a later one succeeded (Jira was down
/// for the first) must not move the issue back.
/// </summary>
public sealed record TransitionJiraIssue(Guid RequestId) : IJiraRequestCall;

public static class TransitionJiraIssueHandler
{
    public static async Task<OutgoingMessages> Handle(
        TransitionJiraIssue command, IDocumentSession session, JiraClient jira, ILogger<TransitionJiraIssue> logger, CancellationToken cancellation)
    {
        var request = await session.Events.AggregateStreamAsync<Request>(command.RequestId, token: cancellation);
        var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation);
        var mapping = request is null ? null : await session.LoadAsync<JiraClientMapping>(request.ClientId, cancellation);
        if (request is null || connection is null || mapping is null)
        {
            return [];
        }

        // Not created yet: the create still on its way moves the new issue to the request's status then,
        // and one whose issue was deleted in Jira gets a new issue now.
        var issueKey = request.JiraIssue?.Key ?? (await JiraIssueIndex.OfRequestAsync(session, request.Id, cancellation))?.IssueKey;
        if (issueKey is null)
        {
            return request.NeedsNewJiraIssue ? [new CreateJiraIssue(request.Id)] : [];
        }

        var target = JiraStatusTarget.For(mapping, request.Status);
        return await command.OrWhenThrottledAsync(async () =>
        {
            var current = await jira.GetIssueAsync(connection, issueKey, cancellation);
            if (current.Fields?.Status is { } status && target.IsMetBy(status))
            {
                return [];
            }

            var transition = (await jira.GetTransitionsAsync(connection, issueKey, cancellation)).Transitions.FirstOrDefault(candidate => target.IsMetBy(candidate.To));
            if (transition is null)
            {
                logger.LogWarning(
                    "Jira issue {IssueKey} has no transition to {Target} for Milestone status {Status}; map the status for this client",
                    issueKey, target.StatusName ?? target.CategoryKey, request.Status);
                return [];
            }

            await jira.TransitionAsync(connection, issueKey, transition.Id, cancellation);
            return [];
        });
    }
}
