namespace Milestone.Domain.Requests;

/// <summary>
/// An event about one request: on the request's own stream or on its SLA clock's. Each carries the
/// request and its client, so readers that fan changes out (live subscriptions, rollups) can route
/// them without knowing every event type.
/// </summary>
public interface IRequestEvent
{
    Guid RequestId { get; }

    Guid ClientId { get; }
}
