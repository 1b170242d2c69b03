namespace Milestone.Api.GraphQL;

public static class Refusals
{
    public static CodedError NotFound(string what) => new(ErrorCodes.NotFound, $"There is no such {what}.");

    public static CodedError Forbidden(string what) => new(ErrorCodes.Forbidden, $"Your role may not {what}.");

    public static CodedError Invalid(string field, string message) =>
        new(ErrorCodes.Validation, message, new Dictionary<string, object?> { ["field"] = field });
}
