using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Shapes every error sent to a client: a message and <c>extensions.code</c> from <see cref="ErrorCodes"/>,
/// never a stack trace or an exception type.
/// </summary>
public sealed class CodedErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>(executionError.Extensions ?? new Dictionary<string, object?>())
        {
            ["code"] = CodeOf(executionError),
        };
        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }

    private static string CodeOf(ExecutionError error) => error switch
    {
        CodedError coded => coded.Code!,
        ValidationError or DocumentError or InvalidVariableError => ErrorCodes.BadRequest,
        { InnerException: GraphQLSyntaxErrorException } => ErrorCodes.BadRequest,
        _ => ErrorCodes.Internal,
    };
}
