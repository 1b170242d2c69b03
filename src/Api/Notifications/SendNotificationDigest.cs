namespace Milestone.Api.Notifications;

/// <summary>
/// A timer: the person's daily digest falls due. It carries every entry waiting for a digest up to now, so however
/// many timers were set for one moment, the digest goes once; one for a person with nothing waiting sends nothing.
/// </summary>
public sealed record SendNotificationDigest(Guid PersonId, DateTimeOffset DueAt);

public static class SendNotificationDigestHandler
{
    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(
        SendNotificationDigest timer, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        if (now < timer.DueAt)
        {
            return ([], [Timers.DueAt(timer, timer.DueAt, now)]);
        }

        var reader = await session.LoadAsync<PersonAccount>(timer.PersonId, cancellation);
        var waiting = await session.Query<Notification>()
            .Where(notification => notification.PersonId == timer.PersonId && notification.DigestDueAt <= now && notification.DigestedAt == null)
            .OrderBy(notification => notification.At)
            .ToListAsync(cancellation);
        if (waiting.Count == 0)
        {
            return Notifier.Nobody;
        }

        var digested = waiting.Select(notification => (IMartenOp)MartenOps.Store(notification with { DigestedAt = now }));
        return reader is { Status: PersonStatus.Active } ? (digested, [NotificationEmail.Digest(reader, waiting)]) : (digested, []);
    }
}
