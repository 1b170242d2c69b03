using GraphQL.Validation;
using GraphQLParser.AST;
using Milestone.Api.Sessions;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Keeps password and token guessing at one attempt per HTTP call: a batch may not contain the
/// mutations that hand out credentials.
/// </summary>
public sealed class NoCredentialFieldsInBatch : ValidationRuleBase
{
    public static readonly NoCredentialFieldsInBatch Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var field in context.Operation.SelectionSet.Selections.OfType<GraphQLField>())
        {
            if (SessionMutations.Unbatchable.Contains(field.Name.StringValue))
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    number: null,
                    $"{field.Name.StringValue} cannot be sent in a batch; send it on its own.",
                    field));
            }
        }

        return default;
    }
}
