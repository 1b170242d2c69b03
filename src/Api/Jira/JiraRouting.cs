using Wolverine;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Jira;

public static class JiraRouting
{
    public const string QueueName = "jira";

    /// <summary>
    /// Every call to Jira goes through one durable local queue: stored with the change that set it off,
    /// retried with growing waits when Jira fails, and paused by a circuit breaker when most calls fail,
    /// so a Jira that is down is left alone for <see cref="JiraSettings.CircuitPause"/> and then tried again by itself.
    /// </summary>
    public static WolverineOptions UseMilestoneJira(this WolverineOptions options, JiraSettings settings)
    {
        options.Publish(rule => rule.MessagesImplementing<IJiraCall>().ToLocalQueue(QueueName));
        options.LocalQueue(QueueName)
            .UseDurableInbox()
            .CircuitBreaker(breaker =>
            {
                breaker.MinimumThreshold = settings.CircuitMinimumCalls;
                breaker.FailurePercentageThreshold = settings.CircuitFailurePercentage;
                breaker.TrackingPeriod = settings.CircuitTrackingPeriod;
                breaker.PauseTime = settings.CircuitPause;
                breaker.Include<JiraUnavailableException>();
            });
        options.Policies.OnException<JiraUnavailableException>().Or<JiraParentNotLinkedException>().ScheduleRetry(settings.Retries);
        return options;
    }
}
