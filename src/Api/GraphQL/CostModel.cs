using GraphQL.Builders;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// What a document costs, checked before any resolver runs (decision 0027), after IBM's GraphQL cost
/// specification as Hot Chocolate applies it: a scalar field costs nothing, an object field 1, and what
/// a list holds counts once per item — per <c>first</c>/<c>last</c> where the list is paged, else per
/// the list's <c>@listSize(assumedSize:)</c>, else per <see cref="AssumedListSize"/>. The cost of a call
/// is returned in <c>extensions.cost</c> when it sends the header <c>GraphQL-Cost: report</c>.
/// </summary>
public static class CostModel
{
    public const int MaxCost = 1_000;

    public const int AssumedListSize = 20;

    public const string ReportHeader = "GraphQL-Cost";

    public static ComplexityOptions Options() => new()
    {
        MaxDepth = DocumentLimits.MaxDepth,
        MaxComplexity = MaxCost,
        DefaultComplexityImpactDelegate = Impact,
        ValidateComplexityDelegate = Record,
    };

    /// <summary>A list that holds a known small number of items (urgencies, targets, weekdays) or a documented bound.</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int assumedSize)
    {
        field.FieldType.Metadata[ListSizeDirective.DirectiveName] = assumedSize;
        field.FieldType.ApplyDirective(ListSizeDirective.DirectiveName, ListSizeDirective.AssumedSize, assumedSize);
        return field;
    }

    /// <summary>
    /// A field's own cost, and how many times its selections count: a leaf costs nothing; an object 1;
    /// a list of objects 1 per item, and what each item selects as many times.
    /// </summary>
    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var type = context.FieldDefinition.ResolvedType!;
        if (type.GetNamedType().IsLeafType())
        {
            return new FieldComplexityResult(0, 1);
        }

        if (!IsList(type))
        {
            return new FieldComplexityResult(1, 1);
        }

        var items = PageSize(context) ?? (context.FieldDefinition.Metadata.TryGetValue(ListSizeDirective.DirectiveName, out var size) ? (int)size! : AssumedListSize);
        return new FieldComplexityResult(items, items);
    }

    /// <summary>A paged list's <c>first</c> or <c>last</c>; for a connection's <c>edges</c> or <c>items</c>, the connection field's.</summary>
    private static int? PageSize(FieldImpactContext context)
    {
        foreach (var candidate in new[] { context, context.Parent ?? default })
        {
            if (candidate.FieldDefinition is not null
                && (candidate.GetArgument<int?>("first", null) ?? candidate.GetArgument<int?>("last", null)) is { } size)
            {
                return Math.Max(size, 0);
            }
        }

        return null;
    }

    private static bool IsList(IGraphType type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static Task Record(ComplexityValidationContext context)
    {
        if (context.ValidationContext.UserContext is MilestoneUserContext user)
        {
            user.Cost = context.TotalImpact;
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>@listSize(assumedSize: Int!)</c>: how many items a list field counts as in the cost limit.</summary>
public sealed class ListSizeDirective : Directive
{
    public const string DirectiveName = "listSize";

    public const string AssumedSize = "assumedSize";

    public ListSizeDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "How many items this list counts as in the cost limit, where it takes no first or last argument.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IntGraphType>> { Name = AssumedSize });
    }

    public override bool? Introspectable => true;
}
