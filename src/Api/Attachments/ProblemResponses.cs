namespace Milestone.Api.Attachments;

/// <summary>A coded error as an HTTP problem response (RFC 9457), with the same <c>code</c> GraphQL clients see.</summary>
public static class ProblemResponses
{
    public static IResult For(CodedError error, int? statusCode = null) => Results.Problem(
        statusCode: statusCode ?? error.Code switch
        {
            ErrorCodes.Validation or ErrorCodes.BadRequest or ErrorCodes.UnknownTenant => StatusCodes.Status400BadRequest,
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.Conflict => StatusCodes.Status409Conflict,
            ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        },
        detail: error.Message,
        extensions: new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code });

    /// <summary>
    /// The code of a refusal that no code of ours wrote (no such route, a method or media type the route
    /// does not take), so that every refusal carries one.
    /// </summary>
    public static string CodeFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status409Conflict => ErrorCodes.Conflict,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.Unavailable,
        >= StatusCodes.Status500InternalServerError => ErrorCodes.Internal,
        _ => ErrorCodes.BadRequest,
    };

    /// <summary>Who may use the HTTP endpoints at all: someone signed in who is not held back to enrol in two-factor sign-in.</summary>
    public static IResult? CallerRefusal(HttpContext http) => http.GetCaller() switch
    {
        null => For(AccessTokenRefusals.Unauthenticated(http.GetTokenRefusal())),
        { MustEnrolTwoFactor: true } => For(TwoFactorEnrolmentGate.Refusal()),
        _ => null,
    };
}
