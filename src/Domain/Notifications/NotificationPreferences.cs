namespace Milestone.Domain.Notifications;

public enum EmailDelivery
{
    Immediately,
    DailyDigest,
    Off,
}

/// <summary>How one kind of notification reaches the reader by e-mail; in the app it always shows.</summary>
public sealed record KindDelivery(NotificationKind Kind, EmailDelivery Delivery);

/// <summary>
/// A person's choices: per kind, an e-mail at once, a daily digest at <see cref="DigestHour"/> in their time zone, or
/// none. A kind left out is e-mailed at once.
/// </summary>
public sealed record NotificationPreferences(IReadOnlyList<KindDelivery> Email, int DigestHour)
{
    public static readonly NotificationPreferences Default = new([], 8);

    public EmailDelivery DeliveryOf(NotificationKind kind) =>
        Email.FirstOrDefault(choice => choice.Kind == kind)?.Delivery ?? EmailDelivery.Immediately;

    /// <summary>
    /// The first digest hour after <paramref name="at"/> on the wall clock of <paramref name="zone"/>. On a day the
    /// clocks skip that hour, the digest goes at the first moment after the gap; when they repeat it, at its first pass.
    /// </summary>
    public DateTimeOffset NextDigestAfter(DateTimeOffset at, DateTimeZone zone)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(zone);
        var today = local.Date.At(new LocalTime(DigestHour, 0)).InZone(zone, NodaTime.TimeZones.Resolvers.LenientResolver);
        var due = today.ToInstant() > local.ToInstant() ? today : local.Date.PlusDays(1).At(new LocalTime(DigestHour, 0)).InZone(zone, NodaTime.TimeZones.Resolvers.LenientResolver);
        return due.ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>One choice per kind, in the order of the kinds; the digest hour on the clock face.</summary>
    public static NotificationPreferences Normalised(IReadOnlyList<KindDelivery> email, int digestHour)
    {
        if (digestHour is < 0 or > 23)
        {
            throw new CommandRejected(Rejection.Invalid, "The digest hour is a whole hour from 0 to 23.", "digestHour");
        }

        if (email.Select(choice => choice.Kind).Distinct().Count() != email.Count)
        {
            throw new CommandRejected(Rejection.Invalid, "Choose once per kind of notification.", "email");
        }

        return new NotificationPreferences([.. email.OrderBy(choice => choice.Kind)], digestHour);
    }

    public bool Equals(NotificationPreferences? other) => other is not null && DigestHour == other.DigestHour && Email.SequenceEqual(other.Email);

    public override int GetHashCode() => HashCode.Combine(DigestHour, Email.Count);
}
