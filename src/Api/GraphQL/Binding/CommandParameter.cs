using System.Reflection;

namespace Milestone.Api.GraphQL.Binding;

/// <summary>One constructor parameter of a command record and where its value comes from.</summary>
internal abstract record CommandParameter(ParameterInfo Parameter)
{
    public abstract object? Value(IResolveFieldContext context);

    public static CommandParameter For(ParameterInfo parameter) => parameter switch
    {
        _ when parameter.ParameterType == typeof(Actor) => new CallerParameter(parameter),
        _ when parameter.GetCustomAttribute<NewIdAttribute>() is not null => new NewIdParameter(parameter),
        _ when parameter.GetCustomAttribute<IdempotencyKeyAttribute>() is { } key => new IdempotencyKeyParameter(parameter, key.DeprecatedName),
        _ => new ArgumentParameter(parameter, parameter.GetCustomAttribute<NameAttribute>()?.Name ?? parameter.Name!.ToCamelCase()),
    };

    private sealed record CallerParameter(ParameterInfo Parameter) : CommandParameter(Parameter)
    {
        public override object Value(IResolveFieldContext context) => context.Caller().AsActor();
    }

    private sealed record NewIdParameter(ParameterInfo Parameter) : CommandParameter(Parameter)
    {
        public override object Value(IResolveFieldContext context) => Guid.CreateVersion7(context.Now());
    }

    private sealed record IdempotencyKeyParameter(ParameterInfo Parameter, string DeprecatedName) : CommandParameter(Parameter)
    {
        public override object Value(IResolveFieldContext context) => context.CallerKey(DeprecatedName);
    }

    /// <summary>A value the caller gives: an argument of the field, or a field of its <c>input</c> object.</summary>
    private sealed record ArgumentParameter(ParameterInfo Parameter, string Name) : CommandParameter(Parameter)
    {
        public override object? Value(IResolveFieldContext context)
        {
            if (Given(context) is not { } given)
            {
                return Parameter.HasDefaultValue ? Parameter.DefaultValue : Absent(context);
            }

            return given.Value is null ? null : ArgumentValues.Convert(given.Value, Parameter.ParameterType, given.GraphType, Name);
        }

        private GivenValue? Given(IResolveFieldContext context)
        {
            if (context.Arguments?.TryGetValue(Name, out var argument) == true)
            {
                return new GivenValue(argument.Value, context.FieldDefinition.Arguments?.Find(Name)?.ResolvedType);
            }

            return context.Arguments?.TryGetValue("input", out var input) == true && input.Value is { } fields && InputType(context)?.GetField(Name) is { } field
                ? ArgumentValues.FieldOf(fields, Name, field.ResolvedType)
                : null;
        }

        private object? Absent(IResolveFieldContext context) =>
            context.FieldDefinition.Arguments?.Find(Name) is not null || InputType(context)?.GetField(Name) is not null
                ? Parameter.ParameterType.IsValueType ? Activator.CreateInstance(Parameter.ParameterType) : null
                : throw new InvalidOperationException($"The parameter {Parameter.Name} of {Parameter.Member.DeclaringType?.Name} names no argument of {context.FieldDefinition.Name}.");

        private static IInputObjectGraphType? InputType(IResolveFieldContext context) =>
            context.FieldDefinition.Arguments?.Find("input")?.ResolvedType?.GetNamedType() as IInputObjectGraphType;
    }
}
