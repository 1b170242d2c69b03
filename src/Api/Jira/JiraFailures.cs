namespace Milestone.Api.Jira;

/// <summary>Jira could not be reached or failed on its side (5xx, timeout): worth trying again later, and what opens the circuit.</summary>
public sealed class JiraUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Jira failed on its side while creating an issue (5xx, timeout, unreachable), so it may have made the
/// issue without Milestone hearing of it. The retry looks for the issue by its label first, and waits
/// at least <see cref="JiraSettings.SearchIndexLag"/> so Jira's search can have found the issue by then.
/// </summary>
public sealed class JiraCreateUnconfirmedException(JiraUnavailableException inner) : Exception($"Jira may or may not have created the issue: {inner.Message}", inner);

/// <summary>Jira asked us to slow down (429); the call is put back for <see cref="RetryAfter"/>.</summary>
public sealed class JiraThrottledException(TimeSpan retryAfter) : Exception($"Jira throttled the call; retry after {retryAfter}.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>Jira refused the call (401, 403, 404, 400): trying again will not help until an administrator fixes the connection or mapping.</summary>
public sealed class JiraRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>A sub-task's parent issue is not created yet; the call waits and tries again, as the parent's create is queued ahead of it.</summary>
public sealed class JiraParentNotLinkedException(Guid requestId) : Exception($"Request {requestId} has no Jira issue yet to add a sub-task to.");
