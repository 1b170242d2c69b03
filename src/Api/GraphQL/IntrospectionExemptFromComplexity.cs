using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// The depth and cost limits, except for a document that asks only about the schema (<c>__schema</c>, <c>__type</c>,
/// <c>__typename</c>; decision 0034): the standard introspection query that tools send is 15 levels deep and lists every type's
/// fields' arguments, and refusing it would leave every tool blind. Introspection still passes the access rule
/// (<see cref="IntrospectionForStaffOnly"/>) and the size limits (body, lines, aliases, fragments spread).
/// The exemption holds only while no path lists a type's members inside another type's members, as the standard
/// query never does: <c>types { fields { type { fields { … } } } }</c> multiplies the answer by the size of the
/// schema at each level, and such a document is limited like any other.
/// </summary>
public sealed class IntrospectionExemptFromComplexity(ComplexityOptions options) : ComplexityValidationRule(options)
{
    private static readonly HashSet<string> MemberLists = ["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        !context.HasErrors && AsksOnlyAboutTheSchema(context)
            ? default
            : base.GetPostNodeVisitorAsync(context);

    // Validation found no errors before this rule, so every fragment exists and none spreads itself.
    private static bool AsksOnlyAboutTheSchema(ValidationContext context) =>
        Fields(context.Operation.SelectionSet, context).All(field => field.Name.Value.Span switch
        {
            "__typename" => true,
            "__schema" or "__type" => ListsMembersOnce(field.SelectionSet, context, listing: false),
            _ => false,
        });

    private static bool ListsMembersOnce(GraphQLSelectionSet? selectionSet, ValidationContext context, bool listing) =>
        selectionSet is null || Fields(selectionSet, context).All(field =>
        {
            var lists = MemberLists.Contains(field.Name.StringValue);
            return !(lists && listing) && ListsMembersOnce(field.SelectionSet, context, listing || lists);
        });

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet selectionSet, ValidationContext context) =>
        selectionSet.Selections.SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment inline => Fields(inline.SelectionSet, context),
            GraphQLFragmentSpread spread => Fields(context.Document.FindFragmentDefinition(spread.FragmentName.Name)!.SelectionSet, context),
            _ => [],
        });
}
