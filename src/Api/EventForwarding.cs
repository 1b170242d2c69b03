using JasperFx.Events;

namespace Milestone.Api;

public static class EventForwarding
{
    /// <summary>Each committed <typeparamref name="TEvent"/> goes to a follower's durable local queue, in order per <paramref name="partition"/>.</summary>
    public static WolverineOptions ForwardToQueue<TEvent>(this WolverineOptions options, string queueName, Func<TEvent, Guid> partition)
        where TEvent : notnull
    {
        options.PublishMessage<IEvent<TEvent>>().ToLocalQueue(queueName);
        options.MessagePartitioning.ByMessage<IEvent<TEvent>>(forwarded => partition(forwarded.Data).ToString());
        return options;
    }
}
