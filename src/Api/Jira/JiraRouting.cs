using Wolverine.ErrorHandling;

namespace Milestone.Api.Jira;

public static class JiraRouting
{
    public const string QueueName = "jira";

    /// <summary>Where the request events the sync follows become calls to Jira.</summary>
    public const string SyncQueueName = "jira-sync";

    /// <summary>Where the changes Jira tells of (webhooks, reconciliation) are made on the requests.</summary>
    public const string ChangesQueueName = "jira-changes";

    /// <summary>
    /// Every call to Jira goes through one durable local queue: stored with the change that set it off,
    /// retried with growing waits when Jira fails, and paused by a circuit breaker when most calls fail,
    /// so a Jira that is down is left alone for <see cref="JiraSettings.CircuitPause"/> and then tried again by itself.
    /// Calls about one request run one at a time, in order, so two changes made in quick succession
    /// cannot race each other to create the request's issue or move it. The events that set calls off are
    /// turned into calls a request's one at a time too, so its calls are queued in the order of its events;
    /// and what Jira tells of one request is applied one change at a time, in the order it arrived, since two
    /// changes decided side by side would both decide on the state before either.
    /// </summary>
    public static WolverineOptions UseMilestoneJira(this WolverineOptions options, JiraSettings settings)
    {
        options.Publish(rule => rule.MessagesImplementing<IJiraCall>().ToLocalQueue(QueueName));
        options.MessagePartitioning.ByMessage<IJiraRequestCall>(call => call.RequestId.ToString());
        options.InOrderQueue(QueueName)
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

        options.FollowRequests(SyncQueueName, typeof(SyncRequestsToJiraHandler));

        options.InOrderQueue(ChangesQueueName);
        options.Publish(rule => rule.MessagesImplementing<IJiraChange>().ToLocalQueue(ChangesQueueName));
        options.MessagePartitioning.ByMessage<IJiraChange>(change => change.RequestId.ToString());
        return options;
    }
}
