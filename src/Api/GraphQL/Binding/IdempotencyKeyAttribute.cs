namespace Milestone.Api.GraphQL.Binding;

/// <summary>
/// The caller's idempotency key, from <c>idempotencyKey</c> or the argument's deprecated name; without one,
/// every call is a write of its own (<see cref="CallerKeyFields.CallerKey"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class IdempotencyKeyAttribute(string deprecatedName) : Attribute
{
    public string DeprecatedName { get; } = deprecatedName;
}
