using Wolverine;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Jira;

public static class JiraRouting
{
    public const string QueueName = "jira";

    /// <summary>
    /// Every call to Jira goes through one durable local queue: stored with the change that set it off,
    /// retried with growing waits when Jira fails, and paused by a circuit breaker when most calls fail,
    /// so a Jira that is down is left alone for <see cref="JiraSettings.CircuitPause"/> and then tried again by itself.
    /// Calls about one request run one at a time, in order, so two changes made in quick succession
    /// cannot race each other to create the request's issue or move it.
    /// </summary>
    public static WolverineOptions UseMilestoneJira(this WolverineOptions options, JiraSettings settings)
    {
        options.Publish(rule => rule.MessagesImplementing<IJiraCall>().ToLocalQueue(QueueName));
        options.MessagePartitioning.ByMessage<IJiraRequestCall>(call => call.RequestId.ToString());
        options.LocalQueue(QueueName)
            .UseDurableInbox()
            .PartitionProcessingByGroupId(PartitionSlots.Five)
            .CircuitBreaker(breaker =>
            {
                breaker.MinimumThreshold = settings.CircuitMinimumCalls;
                breaker.FailurePercentageThreshold = settings.CircuitFailurePercentage;
                breaker.TrackingPeriod = settings.CircuitTrackingPeriod;
                breaker.PauseTime = settings.CircuitPause;
                breaker.Include<JiraUnavailableException>();
                breaker.Include<JiraCreateUnconfirmedException>();
            });
        options.Policies.OnException<JiraUnavailableException>().Or<JiraParentNotLinkedException>().ScheduleRetry(settings.Retries);
        options.Policies.OnException<JiraCreateUnconfirmedException>().ScheduleRetry(settings.RetriesAfterUnconfirmedCreate);
        return options;
    }
}
