using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Rejects documents that use many aliases (a cheap way to multiply work past the cost estimate) and
/// operations that select too many root fields.
/// </summary>
public sealed class AliasAndRootFieldLimits : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        CheckAliases(context);
        CheckRootFields(context);
        return default;
    }

    private static void CheckAliases(ValidationContext context)
    {
        var aliases = 0;
        Count(context.Document);
        if (aliases > DocumentLimits.MaxAliases)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null,
                $"The document uses {aliases} aliases; at most {DocumentLimits.MaxAliases} are allowed.",
                context.Document));
        }

        void Count(ASTNode node)
        {
            if (node is GraphQLField { Alias: not null })
            {
                aliases++;
            }

            foreach (var child in Children(node))
            {
                Count(child);
            }
        }
    }

    private static void CheckRootFields(ValidationContext context)
    {
        var rootFields = CountFields(context.Operation.SelectionSet, context, []);
        if (rootFields > DocumentLimits.MaxRootFields)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null,
                $"The operation selects {rootFields} root fields; at most {DocumentLimits.MaxRootFields} are allowed.",
                context.Operation));
        }
    }

    private static int CountFields(GraphQLSelectionSet selectionSet, ValidationContext context, HashSet<string> visitedFragments) =>
        selectionSet.Selections.Sum(selection => selection switch
        {
            GraphQLField => 1,
            GraphQLInlineFragment inline => CountFields(inline.SelectionSet, context, visitedFragments),
            GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue)
                && context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment =>
                CountFields(fragment.SelectionSet, context, visitedFragments),
            _ => 0,
        });

    private static IEnumerable<ASTNode> Children(ASTNode node) => node switch
    {
        GraphQLDocument document => document.Definitions,
        GraphQLOperationDefinition operation => [operation.SelectionSet],
        GraphQLFragmentDefinition fragment => [fragment.SelectionSet],
        GraphQLSelectionSet selectionSet => selectionSet.Selections,
        GraphQLField { SelectionSet: { } selectionSet } => [selectionSet],
        GraphQLInlineFragment inline => [inline.SelectionSet],
        _ => [],
    };
}
