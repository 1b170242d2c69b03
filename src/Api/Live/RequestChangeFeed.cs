namespace Milestone.Api.Live;

/// <summary>One committed event on a request's stream, as live subscriptions receive it.</summary>
public sealed record RequestChange(string TenantId, Guid RequestId, Guid ClientId, long Version, IRequestEvent Data);

/// <summary>Hands committed request events to the live subscriptions on this node (<see cref="LiveFeed{T}"/>).</summary>
public sealed class RequestChangeFeed() : LiveFeed<RequestChange>(() => new FellBehind())
{
    public sealed class FellBehind() : Exception($"The subscription fell more than {SubscriberBacklog} changes behind and was ended; subscribe again.");
}
