using GraphQL.Validation;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>GraphQL over HTTP: a GET may only run a query, never a mutation or subscription.</summary>
public sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGet Instance = new();

    public const string ErrorNumber = "http-get-query-only";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                ErrorNumber,
                $"Only queries may be sent with GET; send this {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.",
                context.Operation));
        }

        return default;
    }
}
