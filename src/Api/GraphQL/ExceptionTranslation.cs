using FluentValidation;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;
using Milestone.Domain.Rules;

namespace Milestone.Api.GraphQL;

/// <summary>
/// The one place where a failed command or query becomes a coded error, for GraphQL and for HTTP
/// endpoints alike. Anything not recognised is logged and answered as INTERNAL without details.
/// </summary>
public sealed class ExceptionTranslation(ILogger<ExceptionTranslation> logger)
{
    public Task TranslateAsync(UnhandledExceptionContext context)
    {
        context.Exception = Translate(context.OriginalException);
        return Task.CompletedTask;
    }

    public CodedError Translate(Exception exception) => exception switch
    {
        CodedError coded => coded,
        ValidationException invalid => Invalid(invalid),
        CommandRejected rejected => Rejected(rejected),
        JasperFx.DocumentAlreadyExistsException
            or Marten.Exceptions.ExistingStreamIdCollisionException
            or JasperFx.Events.ExistingStreamIdCollisionException
            or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } =>
            new CodedError(ErrorCodes.Conflict, "That already exists."),
        JasperFx.ConcurrencyException => new CodedError(ErrorCodes.Conflict, "Someone changed this in the meantime; reload and try again."),
        _ when DatabaseOutage.Caused(exception) => DatabaseOutage.Error,
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

    private static CodedError Rejected(CommandRejected rejected)
    {
        var code = rejected.Rejection switch
        {
            Rejection.Conflict => ErrorCodes.Conflict,
            Rejection.NotFound => ErrorCodes.NotFound,
            Rejection.Forbidden => ErrorCodes.Forbidden,
            _ => ErrorCodes.Validation,
        };
        return new CodedError(code, rejected.Message, rejected.Field is null ? null : new Dictionary<string, object?> { ["field"] = rejected.Field });
    }

    private CodedError Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled error while executing a GraphQL operation");
        return new CodedError(ErrorCodes.Internal, "Something went wrong on our side. It has been logged.");
    }

    private static string FieldName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
