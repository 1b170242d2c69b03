namespace Milestone.Api.Jira;

/// <summary>A message whose handler calls Jira: it goes through the <c>jira</c> queue, with its retries and circuit breaker.</summary>
public interface IJiraCall;

/// <summary>A call about one request's issue: calls about the same request run one at a time, in the order they were queued.</summary>
public interface IJiraRequestCall : IJiraCall
{
    Guid RequestId { get; }
}

public static class JiraCalls
{
    /// <summary>When Jira answers 429, the same call is sent again after the <c>Retry-After</c> Jira asked for.</summary>
    public static async Task<OutgoingMessages> OrWhenThrottledAsync<T>(this T call, Func<Task<OutgoingMessages>> attempt) where T : IJiraCall
    {
        try
        {
            return await attempt();
        }
        catch (JiraThrottledException throttled)
        {
            var later = new OutgoingMessages();
            later.Delay(call, throttled.RetryAfter);
            return later;
        }
    }
}
