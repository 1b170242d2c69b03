using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>Any JSON value, passed through as it is; used to show event data to auditors.</summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}
