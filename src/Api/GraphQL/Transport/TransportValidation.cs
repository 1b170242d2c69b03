using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Configuration;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>
/// The validation rules a transport adds to the core ones for one operation. They depend on the call, not only on
/// the document, so they run again when the document comes from the <see cref="ValidatedDocumentCache"/>.
/// </summary>
public static class TransportValidation
{
    /// <summary>How either transport runs one operation of <paramref name="http"/>'s caller, checked by the core rules and <paramref name="transportRules"/>.</summary>
    public static ExecutionOptions ExecutionOf(
        this GraphQLRequest request, HttpContext http, MilestoneUserContext userContext, CancellationToken cancellation, params IValidationRule?[] transportRules)
    {
        var introspection = IntrospectionAllowed(http.RequestServices, userContext.Caller) ? null : IntrospectionForStaffOnly.Instance;
        var callRules = transportRules.Append(introspection).OfType<IValidationRule>().ToArray();
        return new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext,
            CancellationToken = cancellation,
            ValidationRules = DocumentValidator.CoreRules.Concat(callRules),
            CachedDocumentValidationRules = callRules,
        };
    }

    private static bool IntrospectionAllowed(IServiceProvider services, Caller? caller) =>
        services.GetRequiredService<IConfiguration>()["Milestone:GraphQL:Introspection"] == IntrospectionForStaffOnly.Everyone
        || caller is { IsStaff: true };
}
