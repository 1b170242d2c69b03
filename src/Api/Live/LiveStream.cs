using System.Threading.Channels;

namespace Milestone.Api.Live;

/// <summary>
/// The event stream behind a subscription field: committed request changes, narrowed by a cheap test on
/// the change, then turned into what the field returns by a loader that sees the caller as they stand
/// now. A loader that returns null sends nothing: that is how a change the caller may not see is kept
/// from them. Changes are handled one at a time, in commit order.
/// </summary>
public sealed class LiveStream<T>(
    IResolveFieldContext context,
    Caller subscriber,
    Func<RequestChange, bool> concerns,
    Func<Caller, RequestChange, IQuerySession, CancellationToken, Task<T?>> load) : IObservable<T>
    where T : class
{
    public IDisposable Subscribe(IObserver<T> observer) => LiveSubscription.Start(unsubscribed =>
        ForwardAsync(context.Service<CurrentTenant>().Id, context.Service<RequestChangeFeed>().Subscribe(unsubscribed), observer, unsubscribed));

    private async Task ForwardAsync(string tenant, ChannelReader<RequestChange> changes, IObserver<T> observer, CancellationToken unsubscribed)
    {
        try
        {
            await foreach (var change in changes.ReadAllAsync(unsubscribed))
            {
                if (change.TenantId == tenant && concerns(change) && await NextAsync(tenant, change, unsubscribed) is { } next)
                {
                    observer.OnNext(next);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (unsubscribed.IsCancellationRequested)
        {
            // The subscriber left; nobody is listening for a completion.
        }
        catch (Exception error)
        {
            observer.OnError(error is RequestChangeFeed.FellBehind ? new CodedError(ErrorCodes.Conflict, error.Message) : error);
        }
    }

    private async Task<T?> NextAsync(string tenant, RequestChange change, CancellationToken unsubscribed)
    {
        var services = context.RequestServices!;
        var caller = await CallerAuthentication.CurrentAsync(services, subscriber.PersonId, subscriber.SessionId, unsubscribed)
            ?? throw new CodedError(ErrorCodes.Unauthenticated, "The session has ended; sign in again to resume live updates.");
        (context.UserContext as MilestoneUserContext)?.Refresh(caller);
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        return await load(caller, change, session, unsubscribed);
    }
}
