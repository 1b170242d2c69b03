using System.Collections.Immutable;
using System.Threading.Channels;

namespace Milestone.Api.Live;

/// <summary>One committed event on a request's stream, as live subscriptions receive it.</summary>
public sealed record RequestChange(string TenantId, Guid RequestId, Guid ClientId, long Version, IRequestEvent Data);

/// <summary>
/// Hands committed request events to the live subscriptions on this node. Each subscriber reads its
/// own bounded channel, so a slow one never holds up a commit: when it falls too far behind it is cut
/// off (its channel completes with <see cref="FellBehind"/>) instead of silently missing changes.
/// </summary>
public sealed class RequestChangeFeed
{
    public const int SubscriberBacklog = 256;

    private ImmutableHashSet<ChannelWriter<RequestChange>> _subscribers = [];

    public ChannelReader<RequestChange> Subscribe(CancellationToken unsubscribed)
    {
        var channel = Channel.CreateBounded<RequestChange>(new BoundedChannelOptions(SubscriberBacklog)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropWrite,
        });
        ImmutableInterlocked.Update(ref _subscribers, subscribers => subscribers.Add(channel.Writer));
        unsubscribed.Register(() => Remove(channel.Writer, error: null));
        return channel.Reader;
    }

    public void Publish(RequestChange change)
    {
        foreach (var subscriber in _subscribers)
        {
            if (!subscriber.TryWrite(change))
            {
                Remove(subscriber, new FellBehind());
            }
        }
    }

    private void Remove(ChannelWriter<RequestChange> subscriber, Exception? error)
    {
        ImmutableInterlocked.Update(ref _subscribers, subscribers => subscribers.Remove(subscriber));
        subscriber.TryComplete(error);
    }

    public sealed class FellBehind() : Exception($"The subscription fell more than {SubscriberBacklog} changes behind and was ended; subscribe again.");
}
