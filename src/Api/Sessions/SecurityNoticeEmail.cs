namespace Milestone.Api.Sessions;

/// <summary>Tells someone their sign-in changed (ASVS 2.2.3), so a change they did not make does not go unnoticed.</summary>
public static class SecurityNoticeEmail
{
    public static SendEmail For(Person person, string change, DateTimeOffset at) => new(
        Guid.NewGuid(),
        person.Email,
        $"Milestone: {change}",
        $"""
        Hello {person.Name},

        {change} on your Milestone account at {at:yyyy-MM-dd HH:mm} UTC.

        If that was not you, reset your password now and tell your administrator.
        """);
}
