namespace Milestone.Api.Jira;

public enum JiraConnectionProblem
{
    None,
    NotConfigured,
    Unreachable,
    AuthenticationFailed,
    PermissionDenied,
    ProjectNotFound,
    UnexpectedAnswer,
}

public sealed record JiraConnectionCheck(JiraConnectionProblem Problem, string Message, string? AccountName)
{
    public bool Ok => Problem == JiraConnectionProblem.None;

    /// <summary>The permissions the sync needs in a mapped project: see its issues, create them, move them and read worklogs.</summary>
    public static readonly IReadOnlyList<string> NeededPermissions = ["BROWSE_PROJECTS", "CREATE_ISSUES", "TRANSITION_ISSUES", "WORK_ON_ISSUES"];

    /// <summary>Calls Jira as the sync would and says the first thing that is wrong: the address, the credentials, or the account's permissions in the client's project.</summary>
    public static async Task<JiraConnectionCheck> RunAsync(IQuerySession session, JiraClient jira, Guid? clientId, CancellationToken cancellation)
    {
        if (await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation) is not { } connection)
        {
            return new(JiraConnectionProblem.NotConfigured, "No Jira connection is set.", null);
        }

        var mapping = clientId is { } client ? await session.LoadAsync<JiraClientMapping>(client, cancellation) : null;
        if (clientId is not null && mapping is null)
        {
            return new(JiraConnectionProblem.NotConfigured, "This client is not mapped to a Jira project.", null);
        }

        try
        {
            var me = await jira.MyselfAsync(connection, cancellation);
            var missing = mapping is null ? [] : await jira.MissingPermissionsAsync(connection, mapping.ProjectKey, NeededPermissions, cancellation);
            return missing.Count == 0
                ? new(JiraConnectionProblem.None, $"Connected to {connection.Site} as {me.DisplayName}.", me.DisplayName)
                : new(JiraConnectionProblem.PermissionDenied, $"{me.DisplayName} lacks {string.Join(", ", missing)} in project {mapping!.ProjectKey}.", me.DisplayName);
        }
        catch (JiraUnavailableException unreachable)
        {
            return new(JiraConnectionProblem.Unreachable, unreachable.Message, null);
        }
        catch (JiraRefusedException refused)
        {
            return refused.Status switch
            {
                401 => new(JiraConnectionProblem.AuthenticationFailed, "Jira did not accept the account e-mail and API token.", null),
                403 => new(JiraConnectionProblem.PermissionDenied, "The account may not use Jira's REST API on this site.", null),
                404 => new(JiraConnectionProblem.ProjectNotFound, $"Jira at {connection.Site} has no such project or API; check the site URL and project key.", null),
                _ => new(JiraConnectionProblem.UnexpectedAnswer, refused.Message, null),
            };
        }
        catch (JiraThrottledException throttled)
        {
            return new(JiraConnectionProblem.UnexpectedAnswer, $"Jira is throttling this account; try again in {throttled.RetryAfter.TotalSeconds:0} s.", null);
        }
    }
}
