namespace Milestone.Api.GraphQL.Binding;

/// <summary>
/// Binds a mutation's arguments to its command record, so the record is the mutation's contract and no
/// resolver reads arguments by name: each constructor parameter takes the argument of its camelCase name
/// (or its <see cref="NameAttribute"/>), looked for among the field's arguments and then in its <c>input</c>
/// object; an <see cref="Actor"/> is the caller; <see cref="NewIdAttribute"/> and <see cref="IdempotencyKeyAttribute"/>
/// mark the two values the service supplies.
/// </summary>
public static class CommandBinding
{
    public static TCommand Command<TCommand>(this IResolveFieldContext context) where TCommand : notnull =>
        (TCommand)CommandShape.Of(typeof(TCommand)).Bind(context);

}
