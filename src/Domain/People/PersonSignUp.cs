namespace Milestone.Domain.People;

/// <summary>Someone who signed up through a portal link becomes a member by verifying their address.</summary>
public sealed partial record Person
{
    public static readonly TimeSpan VerificationLifetime = TimeSpan.FromHours(24);

    public const string VerificationLinkInvalid = "This verification link is no longer valid; sign up again through your portal link to get a new one.";

    /// <summary>The portal link they signed up through, if they did.</summary>
    public Guid? SignedUpThrough { get; init; }

    public static SignedUpThroughLink SignUp(
        Guid personId, string email, string name, Role role, Guid? clientId, Guid linkId, Guid verificationId, DateTimeOffset now) =>
        new(personId, email.Trim(), name.Trim(), role, clientId, linkId, verificationId, now + VerificationLifetime, now);

    /// <summary>Only the latest verification link works, once, for a day; opening it again after it worked changes nothing.</summary>
    public IEnumerable<object> VerifyEmail(Guid verificationId, DateTimeOffset now)
    {
        if (Status == PersonStatus.Active && SignedUpThrough is not null && verificationId == JoiningLinkId)
        {
            return [];
        }

        if (Status != PersonStatus.PendingVerification || verificationId != JoiningLinkId || now >= JoiningLinkExpiresAt)
        {
            throw new CommandRejected(Rejection.Invalid, VerificationLinkInvalid, "token");
        }

        return [new EmailVerified(Id, ClientId, verificationId, now)];
    }

    /// <summary>Signing up again before verifying: the newest name, password and link count. Once verified, nothing changes.</summary>
    public IEnumerable<object> RenewSignUp(string name, Guid linkId, Guid verificationId, DateTimeOffset now) =>
        Status == PersonStatus.PendingVerification
            ? [new SignUpRenewed(Id, ClientId, name.Trim(), linkId, verificationId, now + VerificationLifetime, now)]
            : [];
}
