namespace Milestone.Api.Jira;

/// <summary>
/// Move the request's Jira issue to the status matching the request's status as it stands when the call is
/// made, not as it stood when the call was queued: a call retried after a later one succeeded (Jira was down
/// for the first) must not move the issue back.
/// </summary>
public sealed record TransitionJiraIssue(Guid RequestId) : IJiraRequestCall;

public static class TransitionJiraIssueHandler
{
    /// <summary>The resolution a resolving transition's screen gets when it asks for one, if Jira offers it; else Jira's first.</summary>
    public const string PreferredResolution = "Done";

    public static async Task<OutgoingMessages> Handle(
        TransitionJiraIssue command, IDocumentSession session, JiraClient jira, TimeProvider time, ILogger<TransitionJiraIssue> logger, CancellationToken cancellation)
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

            var (fields, unfilled) = ScreenFields(transition);
            if (unfilled.Count > 0)
            {
                NotMoved(session, time, request, issueKey, transition, $"its screen requires {string.Join(", ", unfilled)}, which Milestone cannot fill");
                return [];
            }

            await JiraSyncAccount.LearnAsync(session, jira, connection, cancellation);
            try
            {
                await jira.TransitionAsync(connection, issueKey, transition.Id, fields, cancellation);
            }
            catch (JiraRefusedException refused) when (refused.Status == 400)
            {
                NotMoved(session, time, request, issueKey, transition, refused.Message);
                return [];
            }

            var moved = await jira.GetIssueAsync(connection, issueKey, cancellation);
            if (moved.Fields is { } after)
            {
                session.Store(new JiraIssueMovedByMilestone(moved.Id, after.Updated));
            }

            return [];
        });
    }

    /// <summary>
    /// What the transition's screen requires to be sent with it. Only a resolution can be chosen without a person
    /// (Jira Service Management asks for one on its resolving transitions); any other required field without a
    /// default is named in <c>unfilled</c>, since Jira would refuse the transition without it.
    /// </summary>
    private static (Dictionary<string, object> Fields, List<string> Unfilled) ScreenFields(JiraTransition transition)
    {
        var fields = new Dictionary<string, object>();
        var unfilled = new List<string>();
        foreach (var (key, field) in transition.Fields ?? new Dictionary<string, JiraTransitionField>())
        {
            if (!field.Required || field.HasDefaultValue == true)
            {
                continue;
            }

            var resolution = key == "resolution" && field.AllowedValues is { Count: > 0 } values
                ? values.FirstOrDefault(value => string.Equals(value.Name, PreferredResolution, StringComparison.OrdinalIgnoreCase)) ?? values[0]
                : null;
            if (resolution is { Name: { } name })
            {
                fields[key] = new { name };
            }
            else
            {
                unfilled.Add(field.Name ?? key);
            }
        }

        return (fields, unfilled);
    }

    private static void NotMoved(IDocumentSession session, TimeProvider time, Request request, string issueKey, JiraTransition transition, string why)
    {
        var now = time.GetUtcNow();
        session.Store(JiraCorrection.Made(
            JiraCorrectionKind.NotMoved, request.Id, issueKey, $"Transition {transition.Name} to {transition.To.Name} for Milestone status {request.Status}: {why}", now));
    }
}
