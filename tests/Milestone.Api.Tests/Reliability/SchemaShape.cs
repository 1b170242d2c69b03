using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace Milestone.Api.Tests.Reliability;

/// <summary>A GraphQL type as a variable definition or an argument states it.</summary>
public abstract record TypeRef
{
    public sealed record Named(string Name) : TypeRef;

    public sealed record NonNull(TypeRef Of) : TypeRef;

    public sealed record ListOf(TypeRef Of) : TypeRef;

    public string Sdl => this switch
    {
        Named named => named.Name,
        NonNull nonNull => nonNull.Of.Sdl + "!",
        ListOf list => $"[{list.Of.Sdl}]",
        _ => throw new InvalidOperationException(),
    };

    public string NamedType => this switch
    {
        Named named => named.Name,
        NonNull nonNull => nonNull.Of.NamedType,
        ListOf list => list.Of.NamedType,
        _ => throw new InvalidOperationException(),
    };

    public static TypeRef From(GraphQLType type) => type switch
    {
        GraphQLNamedType named => new Named(named.Name.StringValue),
        GraphQLNonNullType nonNull => new NonNull(From(nonNull.Type)),
        GraphQLListType list => new ListOf(From(list.Type)),
        _ => throw new InvalidOperationException($"Unexpected type node {type.Kind}"),
    };
}

public sealed record InputValue(string Name, TypeRef Type)
{
    public bool IsRequired => Type is TypeRef.NonNull;
}

public sealed record RootField(string Operation, string Name, IReadOnlyList<InputValue> Arguments, TypeRef Type);

/// <summary>
/// The live schema's root fields, their argument types and the input types and enums behind them, read
/// from the SDL the host itself prints, so hostile documents are built around real names and types.
/// </summary>
public sealed class SchemaShape
{
    private SchemaShape(GraphQLDocument sdl)
    {
        var types = sdl.Definitions.OfType<GraphQLTypeDefinition>().ToList();
        Fields = types.OfType<GraphQLObjectTypeDefinition>()
            .Where(type => type.Name.StringValue is "Query" or "Mutation" or "Subscription")
            .SelectMany(type => type.Fields!.Items.Select(field => new RootField(
                type.Name.StringValue.ToLowerInvariant(),
                field.Name.StringValue,
                field.Arguments?.Items.Select(argument => new InputValue(argument.Name.StringValue, TypeRef.From(argument.Type))).ToList() ?? [],
                TypeRef.From(field.Type))))
            .ToList();
        InputObjects = types.OfType<GraphQLInputObjectTypeDefinition>().ToDictionary(
            type => type.Name.StringValue,
            type => (IReadOnlyList<InputValue>)type.Fields!.Items.Select(field => new InputValue(field.Name.StringValue, TypeRef.From(field.Type))).ToList());
        Enums = types.OfType<GraphQLEnumTypeDefinition>().ToDictionary(
            type => type.Name.StringValue,
            type => (IReadOnlyList<string>)type.Values!.Items.Select(value => value.Name.StringValue).ToList());
        Composites = types
            .Where(type => type is GraphQLObjectTypeDefinition or GraphQLInterfaceTypeDefinition or GraphQLUnionTypeDefinition)
            .Select(type => type.Name.StringValue)
            .ToHashSet();
    }

    public IReadOnlyList<RootField> Fields { get; }

    public IEnumerable<RootField> Queries => Fields.Where(candidate => candidate.Operation == "query");

    public IEnumerable<RootField> Mutations => Fields.Where(candidate => candidate.Operation == "mutation");

    public IEnumerable<RootField> Subscriptions => Fields.Where(candidate => candidate.Operation == "subscription");

    public IReadOnlyDictionary<string, IReadOnlyList<InputValue>> InputObjects { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Enums { get; }

    public IReadOnlySet<string> Composites { get; }

    public static SchemaShape Of(MilestoneSchema schema) => new(Parser.Parse(schema.Print()));

    /// <summary>Whether a value of this type contains a string somewhere (directly or in an input object); with <paramref name="requiredOnly"/>, one that must be given.</summary>
    public bool HoldsString(TypeRef type, bool requiredOnly = false, int depth = 0) =>
        (!requiredOnly || type is TypeRef.NonNull) && type.NamedType switch
        {
            "String" => true,
            var name when depth < 4 && InputObjects.TryGetValue(name, out var fields) => fields.Any(field => HoldsString(field.Type, requiredOnly, depth + 1)),
            _ => false,
        };
}
