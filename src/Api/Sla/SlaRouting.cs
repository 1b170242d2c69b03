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
    public static WolverineOptions UseMilestoneSlaClocks(this WolverineOptions options) =>
        options.FollowRequests(QueueName, typeof(FollowRequestHandler));
}
