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

        if (value is IDictionary<string, object?> fields && graphType?.GetNamedType() is IInputObjectGraphType inputType && IsRecord(type))
        {
            return Record(fields, type, inputType);
        }

        return value.GetPropertyValue(target, graphType!)!;
    }

    /// <summary>
    /// An input object as the record it stands for, each field converted as an argument is, so that an id in it that is
    /// not a Guid answers as an unknown id does instead of failing the conversion.
    /// </summary>
    private static object Record(IDictionary<string, object?> fields, Type type, IInputObjectGraphType inputType)
    {
        var constructor = type.GetConstructors().MaxBy(candidate => candidate.GetParameters().Length)!;
        return constructor.Invoke([.. constructor.GetParameters().Select(parameter =>
        {
            var name = parameter.GetCustomAttribute<NameAttribute>()?.Name ?? parameter.Name!.ToCamelCase();
            if (fields.TryGetValue(name, out var given) && given is not null)
            {
                return Convert(given, parameter.ParameterType, inputType.GetField(name)?.ResolvedType, name);
            }

            return parameter.HasDefaultValue ? parameter.DefaultValue
                : parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? Activator.CreateInstance(parameter.ParameterType)
                : null;
        })]);
    }

    private static bool IsRecord(Type type) => type.IsClass && type.GetMethod("<Clone>$") is not null;

    private static string Noun(string idName) =>
        (idName.EndsWith("Ids", StringComparison.Ordinal) ? idName[..^3] : idName.EndsWith("Id", StringComparison.Ordinal) ? idName[..^2] : idName).ToLowerInvariant();
}
