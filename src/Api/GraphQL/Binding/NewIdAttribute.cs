namespace Milestone.Api.GraphQL.Binding;

/// <summary>The id of what the command creates: the service gives it (time-ordered), the caller never does.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class NewIdAttribute : Attribute;
