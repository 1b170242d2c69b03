using FluentValidation;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Npgsql;
using Wolverine.Persistence;

using Milestone.Api.Validation;

namespace Milestone.Api.GraphQL;

/// <summary>
/// The one place where a failed command or query becomes a coded error, for GraphQL and for HTTP
/// endpoints alike (an exception an endpoint lets through comes here via <c>TranslatedExceptions</c>).
/// Anything not recognised is logged and answered as INTERNAL without details.
/// </summary>
public sealed class ExceptionTranslation(ILogger<ExceptionTranslation> logger)
{
    public Task TranslateAsync(UnhandledExceptionContext context)
    {
        context.Exception = CommittedBeforeOutage.Applies(context.FieldContext, context.OriginalException) ? CommittedBeforeOutage.Error : Translate(context.OriginalException);
        return Task.CompletedTask;
    }

    public CodedError Translate(Exception exception) =>
        Refusal(exception)
        ?? (DatabaseOutage.Caused(exception) ? DatabaseOutage.Error : null)
        ?? (exception is GraphQLParserException unreadable ? new CodedError(ErrorCodes.BadRequest, $"The document cannot be read: {unreadable.Description}") : null)
        ?? Unexpected(exception);

    /// <summary>
    /// The coded error for a refusal that is the caller's to fix (invalid input, a rule, a conflict), or null
    /// for a failure of ours. Refusals are expected, so they are not logged as errors (<see cref="Validation.CommandFailureLogging"/>).
    /// </summary>
    public static CodedError? Refusal(Exception exception) => exception switch
    {
        CodedError coded => coded,
        ValidationException invalid => Invalid(invalid),
        CommandRejected rejected => Rejected(rejected),
        RequiredDataMissingException missing => MissingAggregates.Refusal(missing),
        JasperFx.DocumentAlreadyExistsException
            or Marten.Exceptions.ExistingStreamIdCollisionException
            or JasperFx.Events.ExistingStreamIdCollisionException
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
            new CodedError(ErrorCodes.Conflict, "That already exists."),
        JasperFx.ConcurrencyException => new CodedError(ErrorCodes.Conflict, "Someone changed this in the meantime; reload and try again."),
        _ when DatabaseOutage.Caused(exception) => null,
        _ => Unstorable(PostgresErrorIn(exception)),
    };

    /// <summary>
    /// Input that only PostgreSQL notices is wrong (Marten wraps its error): text with U+0000, which no
    /// text or jsonb value may hold, and values too large for an index. The statement failed, so nothing was written.
    /// </summary>
    private static CodedError? Unstorable(PostgresException? refused) => refused?.SqlState switch
    {
        PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter =>
            new CodedError(ErrorCodes.BadRequest, "The input holds a character that cannot be stored, such as U+0000."),
        PostgresErrorCodes.ProgramLimitExceeded => new CodedError(ErrorCodes.BadRequest, "A value in the input is too large to store."),
        _ => null,
    };

    private static PostgresException? PostgresErrorIn(Exception? exception) =>
        exception is null or PostgresException ? exception as PostgresException : PostgresErrorIn(exception.InnerException);

    private static CodedError Invalid(ValidationException invalid)
    {
        var failures = invalid.Errors
            .Select(failure => new Dictionary<string, object?>
            {
                ["field"] = CommandValidation.FieldName(failure.PropertyName),
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
        var extensions = new Dictionary<string, object?>(rejected.Details);
        if (rejected.Field is not null)
        {
            extensions["field"] = rejected.Field;
        }

        return new CodedError(code, rejected.Message, extensions);
    }

    private CodedError Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled error while answering a request");
        return new CodedError(ErrorCodes.Internal, "Something went wrong on our side. It has been logged.");
    }
}
