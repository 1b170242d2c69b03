namespace Milestone.Api.Identity;

/// <summary>
/// Why a call that carried an access token has no caller, so a client knows what to do next: refresh
/// the session, or sign in again.
/// </summary>
public enum AccessTokenRefusal
{
    Expired,
    Invalid,
    SessionEnded,
}

public static class AccessTokenRefusals
{
    public static void SetTokenRefusal(this HttpContext http, AccessTokenRefusal refusal) => http.Items[typeof(AccessTokenRefusal)] = refusal;

    public static AccessTokenRefusal? GetTokenRefusal(this HttpContext http) =>
        http.Items.TryGetValue(typeof(AccessTokenRefusal), out var refusal) ? refusal as AccessTokenRefusal? : null;

    /// <summary>UNAUTHENTICATED with <c>extensions.reason</c>: TOKEN_MISSING, TOKEN_EXPIRED, TOKEN_INVALID or SESSION_ENDED.</summary>
    public static CodedError Unauthenticated(AccessTokenRefusal? refusal)
    {
        var (reason, message) = refusal switch
        {
            AccessTokenRefusal.Expired => ("TOKEN_EXPIRED", "The access token has expired; get a new one with refreshSession and try again."),
            AccessTokenRefusal.Invalid => ("TOKEN_INVALID", "The access token is not valid here; sign in again."),
            AccessTokenRefusal.SessionEnded => ("SESSION_ENDED", "This session has ended; sign in again."),
            _ => ("TOKEN_MISSING", "Sign in first: send an access token as \"Authorization: Bearer <token>\"."),
        };
        return new CodedError(ErrorCodes.Unauthenticated, message, new Dictionary<string, object?> { ["reason"] = reason });
    }
}
