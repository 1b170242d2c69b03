using GraphQL.Validation;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// In production the schema is described only to signed-in staff: clients and strangers get the
/// operations their apps send, not a map of the whole API.
/// </summary>
public sealed class IntrospectionForStaffOnly : ValidationRuleBase
{
    public static readonly IntrospectionForStaffOnly Instance = new();

    public const string Everyone = "Everyone";
    public const string SignedInStaff = "SignedInStaff";

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.Value.Span is "__schema" or "__type")
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null,
                "Introspection is available to signed-in staff only.",
                field));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
