using GraphQL.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Milestone.Api.Identity;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>The validation rules a transport adds to the core ones for one operation.</summary>
public static class TransportValidation
{
    public static IEnumerable<IValidationRule> Rules(IServiceProvider services, Caller? caller, params IValidationRule?[] transportRules)
    {
        var introspection = IntrospectionAllowed(services, caller) ? null : IntrospectionForStaffOnly.Instance;
        return DocumentValidator.CoreRules.Concat(transportRules.Append(introspection).OfType<IValidationRule>());
    }

    private static bool IntrospectionAllowed(IServiceProvider services, Caller? caller) =>
        services.GetRequiredService<IConfiguration>()["Milestone:GraphQL:Introspection"] == IntrospectionForStaffOnly.Everyone
        || caller is { IsStaff: true };
}
