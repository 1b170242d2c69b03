namespace Milestone.Api.Sessions;

public sealed class ResetPasswordInputType : InputObjectGraphType<ResetPasswordByLink>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Field(input => input.Token).Description("The token from the reset link.");
        Field(input => input.NewPassword).Description("At least 12 characters; no other rules, but common passwords are refused.");
        Field(input => input.TwoFactorCode, nullable: true).Description("With two-factor sign-in on: the 6-digit code of the authenticator app.");
        Field(input => input.RecoveryCode, nullable: true).Description("With two-factor sign-in on: a one-time recovery code, instead of the authenticator code.");
    }
}
