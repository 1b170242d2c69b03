using System.Collections.Concurrent;
using System.Reflection;

namespace Milestone.Api.GraphQL.Binding;

/// <summary>How one command record is built from a field's arguments: worked out once per record type.</summary>
internal sealed class CommandShape
{
    private static readonly ConcurrentDictionary<Type, CommandShape> Shapes = new();

    private readonly ConstructorInfo constructor;
    private readonly IReadOnlyList<CommandParameter> parameters;

    private CommandShape(Type command)
    {
        constructor = command.GetConstructors().MaxBy(candidate => candidate.GetParameters().Length)
            ?? throw new InvalidOperationException($"{command.Name} has no public constructor to bind.");
        parameters = [.. constructor.GetParameters().Select(CommandParameter.For)];
    }

    public static CommandShape Of(Type command) => Shapes.GetOrAdd(command, type => new CommandShape(type));

    public object Bind(IResolveFieldContext context) =>
        constructor.Invoke([.. parameters.Select(parameter => parameter.Value(context))]);
}
