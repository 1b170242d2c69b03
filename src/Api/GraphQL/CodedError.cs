namespace Milestone.Api.GraphQL;

public sealed class CodedError : ExecutionError
{
    public CodedError(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>());
    }
}
