using Milestone.Domain.Notifications;

namespace Milestone.Domain.People;

/// <summary>The person changed their own name or time zone (null: their client's, or UTC for staff).</summary>
public sealed record ProfileUpdated(Guid PersonId, Guid? ClientId, string Name, string? TimeZone, DateTimeOffset UpdatedAt);

/// <summary>The person chose how each kind of notification reaches them by e-mail, and when their daily digest comes.</summary>
public sealed record NotificationPreferencesChanged(Guid PersonId, Guid? ClientId, NotificationPreferences Preferences, DateTimeOffset ChangedAt);

/// <summary>The person chose a new password, giving their current one; their other sessions ended.</summary>
public sealed record PasswordChanged(Guid PersonId, Guid? ClientId, DateTimeOffset ChangedAt);
