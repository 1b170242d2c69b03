namespace Milestone.Api.Sessions;

public enum SessionFailure
{
    InvalidCredentials,
    LockedOut,
    TwoFactorRequired,
    InvalidTwoFactorCode,
    SessionEnded,
}

/// <summary>
/// What a sign-in or refresh came to. A failure is an answer, not an exception, so that what it
/// changed (a failed-attempt count, a revoked session) still commits.
/// </summary>
public sealed record SessionOutcome(IssuedTokens? Tokens, SessionFailure? Failure)
{
    public static SessionOutcome Succeeded(IssuedTokens tokens) => new(tokens, null);

    public static SessionOutcome Failed(SessionFailure failure) => new(null, failure);
}
