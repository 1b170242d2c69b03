namespace Milestone.Api.People;

public static class InvitationEmail
{
    public static SendEmail For(string email, string name, Role role, string link, DateTimeOffset expiresAt) => new(
        Guid.NewGuid(),
        email,
        "You're invited to Milestone",
        $"""
        Hello {name},

        You have been invited to Milestone as {RoleNames.Display(role)}.
        Set your password and sign in here:

        {link}

        The link works once and expires at {expiresAt:yyyy-MM-dd HH:mm} UTC.
        If you did not expect this, ignore this e-mail.
        """);
}
