using JasperFx.Events;

namespace Milestone.Api.Requests;

/// <summary>
/// Handlers that follow a request's committed events (its SLA clock, its Jira issue) take them from a queue of
/// their own, partitioned by request, so each follower sees one request's events one at a time, in order, and
/// a retry or a dead letter of one follower never touches another.
/// </summary>
public static class RequestFollowing
{
    public static WolverineOptions ForwardToFollower<TEvent>(this WolverineOptions options, string queueName) where TEvent : IRequestEvent
    {
        options.PublishMessage<IEvent<TEvent>>().ToLocalQueue(queueName);
        options.MessagePartitioning.ByMessage<IEvent<TEvent>>(forwarded => forwarded.Data.RequestId.ToString());
        return options;
    }
}
