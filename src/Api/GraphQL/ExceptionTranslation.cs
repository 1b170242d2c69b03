using FluentValidation;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Milestone.Api.GraphQL;

/// <summary>
/// The one place where a failed command or query becomes a coded GraphQL error. Anything not
/// recognised is logged and answered as INTERNAL without details.
/// </summary>
public sealed class ExceptionTranslation(ILogger<ExceptionTranslation> logger)
{
    public Task TranslateAsync(UnhandledExceptionContext context)
    {
        context.Exception = Translate(context.OriginalException);
        return Task.CompletedTask;
    }

    private CodedError Translate(Exception exception) => exception switch
    {
        CodedError coded => coded,
        ValidationException invalid => Invalid(invalid),
        Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException =>
            new CodedError(ErrorCodes.Conflict, "That already exists."),
        JasperFx.Events.EventStreamUnexpectedMaxEventIdException =>
            new CodedError(ErrorCodes.Conflict, "Someone changed this in the meantime; reload and try again."),
        _ => Unexpected(exception),
    };

    private static CodedError Invalid(ValidationException invalid)
    {
        var failures = invalid.Errors
            .Select(failure => new Dictionary<string, object?>
            {
                ["field"] = FieldName(failure.PropertyName),
                ["message"] = failure.ErrorMessage,
            })
            .ToList();
        var message = string.Join(" ", invalid.Errors.Select(failure => failure.ErrorMessage));
        return new CodedError(ErrorCodes.Validation, message, new Dictionary<string, object?>
        {
            ["field"] = failures[0]["field"],
            ["fields"] = failures,
        });
    }

    private CodedError Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled error while executing a GraphQL operation");
        return new CodedError(ErrorCodes.Internal, "Something went wrong on our side. It has been logged.");
    }

    private static string FieldName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
