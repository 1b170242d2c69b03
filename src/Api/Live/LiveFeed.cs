using System.Collections.Immutable;
using System.Threading.Channels;

namespace Milestone.Api.Live;

/// <summary>
/// Hands what is published to this node's live subscribers. Each subscriber reads its own bounded channel, so a slow
/// one never holds up a commit: when it falls too far behind it is cut off (its channel completes with the error
/// <paramref name="fellBehind"/> makes) instead of silently missing items.
/// </summary>
public class LiveFeed<T>(Func<Exception> fellBehind)
{
    public const int SubscriberBacklog = 256;

    private ImmutableHashSet<ChannelWriter<T>> _subscribers = [];

    public bool HasSubscribers => !_subscribers.IsEmpty;

    public ChannelReader<T> Subscribe(CancellationToken unsubscribed)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(SubscriberBacklog)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropWrite,
        });
        ImmutableInterlocked.Update(ref _subscribers, subscribers => subscribers.Add(channel.Writer));
        unsubscribed.Register(() => Remove(channel.Writer, error: null));
        return channel.Reader;
    }

    public void Publish(T item)
    {
        foreach (var subscriber in _subscribers)
        {
            if (!subscriber.TryWrite(item))
            {
                Remove(subscriber, fellBehind());
            }
        }
    }

    private void Remove(ChannelWriter<T> subscriber, Exception? error)
    {
        ImmutableInterlocked.Update(ref _subscribers, subscribers => subscribers.Remove(subscriber));
        subscriber.TryComplete(error);
    }
}

/// <summary>A subscription's forwarding loop, running until the subscriber leaves.</summary>
public static class LiveSubscription
{
    public static IDisposable Start(Func<CancellationToken, Task> forward)
    {
        var unsubscribed = new CancellationTokenSource();
        _ = forward(unsubscribed.Token);
        return new Unsubscriber(unsubscribed);
    }

    private sealed class Unsubscriber(CancellationTokenSource unsubscribed) : IDisposable
    {
        public void Dispose()
        {
            unsubscribed.Cancel();
            unsubscribed.Dispose();
        }
    }
}
