using Microsoft.AspNetCore.Http;
using Milestone.Api.GraphQL;

namespace Milestone.Api.Attachments;

/// <summary>A coded error as an HTTP problem response (RFC 9457), with the same <c>code</c> GraphQL clients see.</summary>
public static class ProblemResponses
{
    public static IResult For(CodedError error) => Results.Problem(
        statusCode: error.Code switch
        {
            ErrorCodes.Validation or ErrorCodes.BadRequest => StatusCodes.Status400BadRequest,
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status500InternalServerError,
        },
        detail: error.Message,
        extensions: new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code });
}
