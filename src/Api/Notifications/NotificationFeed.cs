using Milestone.Api.Live;

namespace Milestone.Api.Notifications;

/// <summary>A new feed entry as this node's subscribers receive it, with the tenant it belongs to.</summary>
public sealed record AddedNotification(string TenantId, Notification Notification);

/// <summary>Hands new feed entries to the <c>notificationAdded</c> subscriptions on this node (<see cref="LiveFeed{T}"/>).</summary>
public sealed class NotificationFeed() : LiveFeed<AddedNotification>(() =>
    new CodedError(ErrorCodes.Conflict, $"The subscription fell more than {SubscriberBacklog} notifications behind and was ended; subscribe again."));
