using System.Reflection;

namespace Milestone.Api.Tests.History;

/// <summary>
/// The audit trail names whoever a command declares through <see cref="IAuditedCommand"/>;
/// a command that carries an actor but does not declare it would append events that name nobody.
/// </summary>
public sealed class AuditedCommandTests
{
    [Fact]
    public void Every_command_carrying_an_actor_declares_it_to_the_audit_trail()
    {
        var undeclared = typeof(MilestoneSchema).Assembly.GetTypes()
            .Where(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(property => property.PropertyType == typeof(Actor)))
            .Where(type => !type.IsAssignableTo(typeof(IAuditedCommand)))
            .Select(type => type.FullName);

        Assert.Empty(undeclared);
    }
}
