using Milestone.Domain.PortalLinks;

namespace Milestone.Api.PortalLinks;

/// <summary>
/// What a sign-up leads to, told only to the address it was made with: the caller's answer is the same every time,
/// so only the owner of the address learns whether it is known.
/// </summary>
public static class SignUpEmail
{
    public const string VerifySubject = "Confirm your e-mail address for Milestone";

    public const string TurnedAwaySubject = "Your Milestone sign-up";

    public static SendEmail Verify(string email, string name, Guid? clientId, string link, DateTimeOffset expiresAt) => new(
        Guid.NewGuid(),
        email,
        VerifySubject,
        $"""
        Hello {name},

        You signed up to {Place(clientId)} with this address. Confirm it here to finish:

        {link}

        The link works once and expires at {expiresAt:yyyy-MM-dd HH:mm} UTC. Then sign in with this address and the password you chose.
        If you did not sign up, ignore this e-mail: nothing happens without the link.
        """);

    public static SendEmail TurnedAway(string email, Guid? clientId, SignUpRefusal reason) => new(
        Guid.NewGuid(),
        email,
        TurnedAwaySubject,
        $"""
        Hello,

        Someone, probably you, tried to sign up to {Place(clientId)} with this address, and no account was made:
        {Why(reason)}

        If you did not try to sign up, ignore this e-mail.
        """);

    private static string Place(Guid? clientId) => clientId is null ? "the Delivery App as a member of staff" : "your company's Client Portal";

    private static string Why(SignUpRefusal reason) => reason switch
    {
        SignUpRefusal.LinkRevoked => "the sign-up link has been withdrawn. Ask whoever gave it to you for a new one.",
        SignUpRefusal.LinkExpired => "the sign-up link has expired. Ask whoever gave it to you for a new one.",
        SignUpRefusal.LinkUsedUp => "as many people as the link allows have already signed up through it. Ask whoever gave it to you for a new one.",
        SignUpRefusal.DomainNotAllowed => "the link is only for addresses at your company's own domains. Sign up with your work address.",
        _ => "this address already has an account or an invitation. Sign in, or use \"Forgot password\" if you do not remember yours.",
    };
}
