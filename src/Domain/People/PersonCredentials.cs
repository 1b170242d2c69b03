namespace Milestone.Domain.People;

/// <summary>The decisions about how a person signs in: two-factor sign-in and password resets.</summary>
public sealed partial record Person
{
    public const string PasswordResetLinkInvalid = "This password reset link is no longer valid; ask for a new one.";

    /// <summary>How recent a sign-in must be for changes to how someone signs in.</summary>
    public static readonly TimeSpan RecentSignIn = TimeSpan.FromMinutes(15);

    public bool UsesTwoFactor { get; init; }

    /// <summary>
    /// Whether the person may set up an authenticator app, which records nothing until <see cref="EnableTwoFactor"/>.
    /// Whoever turns two-factor sign-in on holds the account from then on, so it takes a sign-in from the last
    /// <see cref="RecentSignIn"/> (ASVS 3.7.1): a session stolen later cannot put the thief's authenticator on the account.
    /// </summary>
    public void BeginTwoFactorEnrolment(DateTimeOffset signedInAt, DateTimeOffset now)
    {
        if (now - signedInAt > RecentSignIn)
        {
            throw new CommandRejected(Rejection.Forbidden, "Sign in again first: setting up two-factor sign-in needs a sign-in from the last 15 minutes.");
        }

        if (UsesTwoFactor)
        {
            throw new CommandRejected(Rejection.Conflict, "Two-factor sign-in is already on; turn it off before setting up another authenticator.");
        }
    }

    /// <summary><paramref name="codeIsRight"/> says whether the code sent matches the authenticator app set up for the person.</summary>
    public TwoFactorEnabled EnableTwoFactor(bool codeIsRight, DateTimeOffset now)
    {
        MustBeActive();
        if (UsesTwoFactor)
        {
            throw new CommandRejected(Rejection.Conflict, "Two-factor sign-in is already on.");
        }

        return codeIsRight
            ? new TwoFactorEnabled(Id, ClientId, now)
            : throw new CommandRejected(Rejection.Invalid, "That code is not right; enter the one your authenticator app shows now.", "code");
    }

    public TwoFactorDisabled DisableTwoFactor(DateTimeOffset now)
    {
        MustUseTwoFactor();
        return new TwoFactorDisabled(Id, ClientId, now);
    }

    public RecoveryCodesRegenerated RegenerateRecoveryCodes(DateTimeOffset now)
    {
        MustUseTwoFactor();
        return new RecoveryCodesRegenerated(Id, ClientId, now);
    }

    /// <summary>
    /// For someone who lost both their authenticator and their recovery codes: an administrator, or a client admin
    /// for their own organisation, takes the second factor away. Nobody resets their own: that would make the
    /// password, or a stolen session, enough to remove it.
    /// </summary>
    public TwoFactorReset ResetTwoFactor(Actor by, DateTimeOffset bySignedInAt, DateTimeOffset now)
    {
        RequireVisibleTo(by);
        // A session stolen from an administrator must not be enough to strip someone's second factor.
        if (now - bySignedInAt > RecentSignIn)
        {
            throw new CommandRejected(Rejection.Forbidden, "Sign in again first: resetting two-factor sign-in needs a sign-in from the last 15 minutes.");
        }

        if (by.PersonId == Id)
        {
            throw new CommandRejected(Rejection.Invalid, "You cannot reset your own two-factor sign-in; ask an administrator.");
        }

        if (!by.Role.MayManagePeople(Role) || (by.Role != Role.Admin && by.ClientId != ClientId))
        {
            throw new CommandRejected(Rejection.Forbidden, "You may not reset this person's two-factor sign-in.");
        }

        MustUseTwoFactor();
        return new TwoFactorReset(Id, ClientId, by.PersonId, now);
    }

    public PasswordReset ResetPassword(DateTimeOffset now) =>
        Status == PersonStatus.Active
            ? new PasswordReset(Id, ClientId, now)
            : throw new CommandRejected(Rejection.Invalid, PasswordResetLinkInvalid, "token");

    private void MustBeActive()
    {
        if (Status != PersonStatus.Active)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only people who have joined can change how they sign in.");
        }
    }

    private void MustUseTwoFactor()
    {
        MustBeActive();
        if (!UsesTwoFactor)
        {
            throw new CommandRejected(Rejection.Conflict, "Two-factor sign-in is not on.");
        }
    }
}
