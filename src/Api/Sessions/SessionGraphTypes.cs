namespace Milestone.Api.Sessions;

public sealed record SignInInput(string Email, string Password, string? TwoFactorCode, string? RecoveryCode);

public sealed class SignInInputType : InputObjectGraphType<SignInInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Field(input => input.Email);
        Field(input => input.Password);
        Field(input => input.TwoFactorCode, nullable: true).Description("The 6-digit code of the authenticator app, when two-factor sign-in is on.");
        Field(input => input.RecoveryCode, nullable: true).Description("A one-time recovery code, instead of the authenticator code.");
    }
}

public sealed class SessionPayloadType : ObjectGraphType<IssuedTokens>
{
    public SessionPayloadType()
    {
        Name = "SessionPayload";
        Description = "Send the access token as \"Authorization: Bearer <token>\"; trade the refresh token for a new pair before it expires. Each refresh token works once.";
        Field(tokens => tokens.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(tokens => tokens.AccessToken);
        Field(tokens => tokens.AccessTokenExpiresAt);
        Field(tokens => tokens.RefreshToken);
        Field(tokens => tokens.RefreshTokenExpiresAt);
    }
}
