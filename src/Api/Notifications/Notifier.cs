using JasperFx.Events;
using NodaTime;

namespace Milestone.Api.Notifications;

/// <summary>
/// Turns who hears of an event into their feed entries, and into e-mails as each reader chose: at once, in their next
/// daily digest, or not at all. Only active people are told.
/// </summary>
public static class Notifier
{
    public static readonly (IEnumerable<IMartenOp>, OutgoingMessages) Nobody = ([], []);

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> NotifyAsync(
        IQuerySession session,
        IEvent happened,
        IEnumerable<Notice> notices,
        Func<NotificationKind, (string Title, string Body)> text,
        Guid? clientId,
        Guid? requestId,
        DateTimeOffset now,
        CancellationToken cancellation,
        IReadOnlyList<EmailAttachment>? attachments = null)
    {
        var kinds = notices.DistinctBy(notice => notice.PersonId).ToDictionary(notice => notice.PersonId, notice => notice.Kind);
        if (kinds.Count == 0)
        {
            return Nobody;
        }

        var readers = (await session.LoadManyAsync<PersonAccount>(cancellation, kinds.Keys)).Where(account => account.Status == PersonStatus.Active).ToList();
        var stored = new List<Notification>();
        var mail = new OutgoingMessages();
        foreach (var reader in readers)
        {
            var kind = kinds[reader.Id];
            var (title, body) = text(kind);
            var notification = new Notification(Notification.IdFor(happened.Id, reader.Id), reader.Id, kind, clientId, requestId, title, body, happened.Timestamp);
            switch (reader.NotificationPreferences.DeliveryOf(kind))
            {
                case EmailDelivery.Immediately:
                    mail.Add(NotificationEmail.For(reader, title, body) with { Attachments = attachments });
                    break;
                case EmailDelivery.DailyDigest:
                    var dueAt = reader.NotificationPreferences.NextDigestAfter(now, await ZoneOfAsync(session, reader, cancellation));
                    notification = notification with { DigestDueAt = dueAt };
                    if (!await DigestAwaitedAsync(session, reader.Id, dueAt, cancellation))
                    {
                        mail.Add(Timers.DueAt(new SendNotificationDigest(reader.Id, dueAt), dueAt, now));
                    }

                    break;
            }

            stored.Add(notification);
        }

        return ([.. stored.Select(notification => (IMartenOp)MartenOps.Store(notification)), new AnnounceNotifications([.. stored.Select(notification => notification.Id)])], mail);
    }

    /// <summary>Their own zone, else their client's, else UTC.</summary>
    public static async Task<DateTimeZone> ZoneOfAsync(IQuerySession session, PersonAccount person, CancellationToken cancellation)
    {
        var zoneId = person.TimeZone
            ?? (person.ClientId is { } clientId ? (await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation))?.TimeZone : null);
        return zoneId is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
    }

    /// <summary>Whether a digest at that moment is already scheduled for the person: one entry waiting for it says so.</summary>
    private static Task<bool> DigestAwaitedAsync(IQuerySession session, Guid personId, DateTimeOffset dueAt, CancellationToken cancellation) =>
        session.Query<Notification>().AnyAsync(
            notification => notification.PersonId == personId && notification.DigestDueAt == dueAt && notification.DigestedAt == null, cancellation);
}
