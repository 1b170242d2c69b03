using Milestone.Domain.Rules;

namespace Milestone.Domain.People;

/// <summary>The decisions about how a person signs in: two-factor sign-in and password resets.</summary>
public sealed partial record Person
{
    public const string PasswordResetLinkInvalid = "This password reset link is no longer valid; ask for a new one.";

    public bool UsesTwoFactor { get; init; }

    public TwoFactorEnabled EnableTwoFactor(DateTimeOffset now)
    {
        MustBeActive();
        return UsesTwoFactor
            ? throw new CommandRejected(Rejection.Conflict, "Two-factor sign-in is already on.")
            : new TwoFactorEnabled(Id, ClientId, now);
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
