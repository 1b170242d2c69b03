using Milestone.Domain.Notifications;

namespace Milestone.Domain.People;

/// <summary>What a person keeps for themselves: their name, time zone and notification preferences. Nobody else changes them.</summary>
public sealed partial record Person
{
    public const int NameMaxLength = 200;

    public string? TimeZone { get; init; }

    public NotificationPreferences NotificationPreferences { get; init; } = NotificationPreferences.Default;

    public IEnumerable<object> UpdateProfile(Actor by, string name, string? timeZone, DateTimeOffset now)
    {
        RequireThemselves(by, "profile");
        RequestRules.RequireText(name, "name", NameMaxLength, "Name is required.");
        var zone = timeZone?.Trim() is { Length: > 0 } given ? given : null;
        if (zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            throw new CommandRejected(Rejection.Invalid, "Name a time zone of the IANA database, such as Europe/London.", "timeZone");
        }

        var trimmed = name.Trim();
        return trimmed == Name && zone == TimeZone ? [] : [new ProfileUpdated(Id, ClientId, trimmed, zone, now)];
    }

    public IEnumerable<object> ChangeNotificationPreferences(Actor by, IReadOnlyList<KindDelivery> email, int digestHour, DateTimeOffset now)
    {
        RequireThemselves(by, "notification preferences");
        var preferences = NotificationPreferences.Normalised(email, digestHour);
        return preferences == NotificationPreferences ? [] : [new NotificationPreferencesChanged(Id, ClientId, preferences, now)];
    }

    /// <summary>Whether the current password was right is the credentials' to say; this decides that the person may change it.</summary>
    public PasswordChanged ChangePassword(Actor by, DateTimeOffset now)
    {
        RequireThemselves(by, "password");
        return new PasswordChanged(Id, ClientId, now);
    }

    private void RequireThemselves(Actor by, string what)
    {
        if (by.PersonId != Id)
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only the person themselves changes their {what}.");
        }

        EnsureNotDeactivated();
    }
}
