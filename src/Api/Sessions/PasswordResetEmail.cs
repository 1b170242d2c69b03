namespace Milestone.Api.Sessions;

public static class PasswordResetEmail
{
    public const string Subject = "Reset your Milestone password";

    public static SendEmail For(string email, string name, string link, DateTimeOffset expiresAt) => new(
        Guid.NewGuid(),
        email,
        Subject,
        $"""
        Hello {name},

        Someone asked to reset the password of your Milestone account. Choose a new one here:

        {link}

        The link works once and expires at {expiresAt:yyyy-MM-dd HH:mm} UTC.
        If you did not ask for this, ignore this e-mail; your password stays as it is.
        """);
}
