namespace Milestone.Projections.Notifications;

/// <summary>
/// One entry in one person's notification feed: what happened, in words fit for the bell, and where. Written by the
/// notifier as it follows the events (the id is named after the event and the reader, so a redelivered event writes
/// the same entry), read only by its reader.
/// </summary>
public sealed record Notification(
    Guid Id,
    Guid PersonId,
    NotificationKind Kind,
    Guid? ClientId,
    Guid? RequestId,
    string Title,
    string Body,
    DateTimeOffset At)
{
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>When the daily digest that carries it is due; null when it is e-mailed at once or not at all.</summary>
    public DateTimeOffset? DigestDueAt { get; init; }

    /// <summary>When it went out in a digest.</summary>
    public DateTimeOffset? DigestedAt { get; init; }

    public static Guid IdFor(Guid eventId, Guid personId) => Domain.Rules.NameBasedGuid.Create(eventId, personId);
}
