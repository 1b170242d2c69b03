using GraphQL.Introspection;
using GraphQL.Resolvers;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Fills the two gaps between GraphQL.NET 8's introspection types and the October 2021 specification that
/// graphql-js's <c>getIntrospectionQuery()</c> asks about (and so GraphiQL, Apollo, Relay, graphql-codegen, Postman
/// and Insomnia): <c>__Type.specifiedByURL</c> and the <c>includeDeprecated</c> argument of <c>__Directive.args</c>.
/// Without them the tools' standard query fails validation. Called for each type before the schema initialises it.
/// </summary>
public static class IntrospectionAsSpecified
{
    public static void Complete(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type:
                // No scalar of ours follows a published specification (none carries @specifiedBy), so every one answers null.
                type.Field<StringGraphType>("specifiedByURL").Resolve(_ => null);
                break;
            case __Directive directive:
                var args = directive.GetField("args")!;
                args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                {
                    var includeDeprecated = context.GetArgument<bool>("includeDeprecated");
                    return ((IEnumerable<QueryArgument>?)context.Source.Arguments ?? [])
                        .Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason));
                });
                break;
        }
    }
}
