using System.Reflection;
using Marten;
using Milestone.Domain.People;

namespace Milestone.Api.History;

/// <summary>
/// Who a command acts for, read from the command itself: its <see cref="Actor"/>; else the person
/// named by a property ending in "By" (<c>SubmittedBy</c>, <c>ChangedBy</c>, …); else, for a person
/// acting on their own account (signing in, reading messages), its <c>PersonId</c>.
/// </summary>
public static class CommandActor
{
    public static bool IsNamedBy(Type commandType) => Reader(commandType) is not null;

    /// <summary>Stamps the person on every event the command's session appends (Marten's <c>user_name</c>).</summary>
    public static void Stamp<TCommand>(TCommand command, IDocumentSession session) where TCommand : notnull =>
        session.LastModifiedBy = Of<TCommand>.Read(command)?.ToString();

    private static Func<object, Guid?>? Reader(Type commandType)
    {
        var properties = commandType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        if (properties.FirstOrDefault(property => property.PropertyType == typeof(Actor)) is { } actor)
        {
            return command => ((Actor?)actor.GetValue(command))?.PersonId;
        }

        var person = properties.FirstOrDefault(property => IsPersonId(property) && property.Name.EndsWith("By", StringComparison.Ordinal))
            ?? properties.FirstOrDefault(property => IsPersonId(property) && property.Name == "PersonId");
        return person is null ? null : command => (Guid?)person.GetValue(command);
    }

    private static bool IsPersonId(PropertyInfo property) => property.PropertyType == typeof(Guid) || property.PropertyType == typeof(Guid?);

    private static class Of<TCommand> where TCommand : notnull
    {
        public static readonly Func<object, Guid?> Read = Reader(typeof(TCommand)) ?? (_ => null);
    }
}
