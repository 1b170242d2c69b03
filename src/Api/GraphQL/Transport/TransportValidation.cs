using GraphQL.Validation;
using Microsoft.Extensions.Configuration;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>
/// The validation rules a transport adds to the core ones for one operation. They depend on the call, not only on
/// the document, so they run again when the document comes from the <see cref="ValidatedDocumentCache"/>.
/// </summary>
public static class TransportValidation
{
    public static ExecutionOptions WithCallRules(this ExecutionOptions options, Caller? caller, params IValidationRule?[] transportRules)
    {
        var introspection = IntrospectionAllowed(options.RequestServices!, caller) ? null : IntrospectionForStaffOnly.Instance;
        var callRules = transportRules.Append(introspection).OfType<IValidationRule>().ToArray();
        options.ValidationRules = DocumentValidator.CoreRules.Concat(callRules);
        options.CachedDocumentValidationRules = callRules;
        return options;
    }

    private static bool IntrospectionAllowed(IServiceProvider services, Caller? caller) =>
        services.GetRequiredService<IConfiguration>()["Milestone:GraphQL:Introspection"] == IntrospectionForStaffOnly.Everyone
        || caller is { IsStaff: true };
}
