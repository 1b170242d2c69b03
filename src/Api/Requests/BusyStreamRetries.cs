using JasperFx;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.Requests;

/// <summary>
/// For commands that add to a request without depending on what came just before (a message, a
/// worklog): when another writer got in first, decide again on the new state after a short, growing pause.
/// </summary>
public static class BusyStreamRetries
{
    public static void RetryConcurrentAppends(this HandlerChain chain) =>
        chain.OnException<ConcurrencyException>().RetryWithCooldown(
            TimeSpan.FromMilliseconds(5),
            TimeSpan.FromMilliseconds(20),
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromMilliseconds(100),
            TimeSpan.FromMilliseconds(200),
            TimeSpan.FromMilliseconds(400));
}
