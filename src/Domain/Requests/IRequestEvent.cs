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

public static class RequestEventAudience
{
    /// <summary>
    /// Events of a request its client's people never see: internal notes and what became of them. A
    /// client's view of the request (its version, its history) is counted without them.
    /// </summary>
    public static bool IsStaffOnly(this IRequestEvent change) => change is MessagePosted { Internal: true } or MessageEdited { Internal: true } or MessageDeleted { Internal: true };
}
