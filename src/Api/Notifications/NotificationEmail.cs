namespace Milestone.Api.Notifications;

public static class NotificationEmail
{
    public const string DigestSubject = "Your Milestone digest";

    public static SendEmail For(PersonAccount reader, string title, string body) => new(
        Guid.NewGuid(),
        reader.Email,
        title,
        $"""
        Hello {reader.Name},

        {body}

        {Footer}
        """);

    public static SendEmail Digest(PersonAccount reader, IReadOnlyList<Notification> notifications) => new(
        Guid.NewGuid(),
        reader.Email,
        $"{DigestSubject}: {notifications.Count} {(notifications.Count == 1 ? "notification" : "notifications")}",
        $"""
        Hello {reader.Name},

        Since your last digest:

        {string.Join("\n\n", notifications.Select(notification => $"- {notification.Title}\n  {notification.Body}"))}

        {Footer}
        """);

    private const string Footer = "You choose which notifications reach you by e-mail, at once or in a daily digest, in your profile.";
}
