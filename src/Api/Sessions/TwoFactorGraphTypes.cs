namespace Milestone.Api.Sessions;

public sealed class TwoFactorEnrolmentType : ObjectGraphType<TwoFactorEnrolment>
{
    public TwoFactorEnrolmentType()
    {
        Name = "TwoFactorEnrolment";
        Description = "A new authenticator key: show otpauthUri as a QR code, or sharedKey for typing in. Then confirm with a code from the app.";
        Field(enrolment => enrolment.SharedKey).Description("The key in base32, for authenticator apps that cannot scan.");
        Field(enrolment => enrolment.OtpauthUri).Description("otpauth://totp/… with the key, issuer and account, for a QR code.");
    }
}

public sealed class RecoveryCodesType : ObjectGraphType<TwoFactorOutcome>
{
    public RecoveryCodesType()
    {
        Name = "RecoveryCodes";
        Description = "One-time codes for signing in without the authenticator app. Shown this once: keep them somewhere safe.";
        Field("codes", outcome => outcome.RecoveryCodes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
    }
}
