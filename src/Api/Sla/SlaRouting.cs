namespace Milestone.Api.Sla;

public static class SlaRouting
{
    public const string QueueName = "sla-clocks";

    /// <summary>
    /// The request events a clock follows reach <see cref="FollowRequestHandler"/> on one durable queue of its own,
    /// a request's one at a time: the Jira sync hears of the same events on its own queue, so a clock step retried
    /// after a concurrent append, or dead-lettered, never repeats or loses a call to Jira, and two events of one
    /// request no longer race for its clock stream.
    /// </summary>
    public static WolverineOptions UseMilestoneSlaClocks(this WolverineOptions options)
    {
        options.InOrderQueue(QueueName).AddStickyHandler(typeof(FollowRequestHandler));
        options.ForwardToFollower<RequestSubmitted>(QueueName);
        options.ForwardToFollower<WaitingOnClientStarted>(QueueName);
        options.ForwardToFollower<WorkResumed>(QueueName);
        options.ForwardToFollower<MessagePosted>(QueueName);
        options.ForwardToFollower<RequestCompleted>(QueueName);
        options.ForwardToFollower<RequestCancelled>(QueueName);
        options.ForwardToFollower<RequestReopened>(QueueName);
        options.ForwardToFollower<UrgencyChanged>(QueueName);
        return options;
    }
}
