using System.Collections;
using System.Reflection;

namespace Milestone.Api.GraphQL.Binding;

/// <summary>A value the caller gave, null included; distinct from a value not given at all.</summary>
internal sealed record GivenValue(object? Value, IGraphType? GraphType);

internal static class ArgumentValues
{
    /// <summary>A field of an input object, whether GraphQL.NET gave it as a dictionary or as its mapped record.</summary>
    public static GivenValue? FieldOf(object input, string name, IGraphType? graphType)
    {
        if (input is IDictionary<string, object?> fields)
        {
            return fields.TryGetValue(name, out var value) ? new GivenValue(value, graphType) : null;
        }

        return input.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property
            ? new GivenValue(property.GetValue(input), graphType)
            : null;
    }

    /// <summary>The value as the parameter's type. An id that is not a Guid names nothing, so it answers as an unknown id would.</summary>
    public static object Convert(object value, Type target, IGraphType? graphType, string name)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type == typeof(Guid))
        {
            return Guid.TryParse(value.ToString(), out var id) ? id : throw Refusals.NotFound(Noun(name));
        }

        if (value is IEnumerable items and not string && type.IsGenericType && type.GetGenericArguments() is [var itemType] && itemType == typeof(Guid))
        {
            return items.Cast<object>().Select(item => (Guid)Convert(item, itemType, null, name)).ToList();
        }

        return value.GetPropertyValue(target, graphType!)!;
    }

    private static string Noun(string idName) =>
        (idName.EndsWith("Ids", StringComparison.Ordinal) ? idName[..^3] : idName.EndsWith("Id", StringComparison.Ordinal) ? idName[..^2] : idName).ToLowerInvariant();
}
