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

    /// <summary>
    /// Binds and runs the mutation's command, and answers with what it changed, read back by <paramref name="changed"/>
    /// through the ids the command carries: the command's transaction has written the views by then.
    /// </summary>
    public static async Task<object?> ChangedAsync<TCommand, TChanged>(this IResolveFieldContext context, Func<TCommand, Task<TChanged>> changed)
        where TCommand : notnull
    {
        var command = context.Command<TCommand>();
        await context.InvokeAsync(command);
        return await changed(command);
    }
}
