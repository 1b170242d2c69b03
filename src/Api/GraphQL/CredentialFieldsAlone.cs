using GraphQL.Validation;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// A mutation that checks a password, code or token must be the only field of its operation, so
/// aliases cannot pack many guesses into one call (batches are refused by <see cref="CredentialFieldsOverHttpAlone"/>).
/// </summary>
public sealed class CredentialFieldsAlone : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var selections = context.Operation.SelectionSet.Selections;
        var credentialField = selections.OfType<GraphQLField>().FirstOrDefault(field => SessionMutations.Unbatchable.Contains(field.Name.StringValue));
        if (credentialField is not null && selections.Count > 1)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null,
                $"{credentialField.Name.StringValue} must be the only field of its operation.",
                credentialField));
        }

        return default;
    }
}
