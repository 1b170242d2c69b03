using System.Threading.Channels;
using Milestone.Api.Live;

namespace Milestone.Api.Notifications;

/// <summary>
/// The subscriber's own new feed entries, as they are committed. Each is sent only while the subscriber's session
/// still stands; once it ends, the subscription ends with UNAUTHENTICATED.
/// </summary>
public sealed class NotificationStream(IResolveFieldContext context, Caller subscriber) : IObservable<Notification>
{
    public IDisposable Subscribe(IObserver<Notification> observer) => LiveSubscription.Start(unsubscribed =>
        ForwardAsync(context.Service<CurrentTenant>().Id, context.Service<NotificationFeed>().Subscribe(unsubscribed), observer, unsubscribed));

    private async Task ForwardAsync(string tenant, ChannelReader<AddedNotification> added, IObserver<Notification> observer, CancellationToken unsubscribed)
    {
        try
        {
            await foreach (var entry in added.ReadAllAsync(unsubscribed))
            {
                if (entry.TenantId != tenant || entry.Notification.PersonId != subscriber.PersonId)
                {
                    continue;
                }

                _ = await CallerAuthentication.CurrentAsync(context.RequestServices!, subscriber.PersonId, subscriber.SessionId, unsubscribed)
                    ?? throw new CodedError(ErrorCodes.Unauthenticated, "The session has ended; sign in again to resume live updates.");
                observer.OnNext(entry.Notification);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (unsubscribed.IsCancellationRequested)
        {
            // The subscriber left; nobody is listening for a completion.
        }
        catch (Exception error)
        {
            observer.OnError(error);
        }
    }
}
