namespace Milestone.Api.GraphQL;

/// <summary>The stable values of <c>extensions.code</c> that clients may branch on.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string BadRequest = "BAD_REQUEST";
    public const string Internal = "INTERNAL";

    /// <summary>The database could not be reached; the same call may be repeated shortly. Nothing was changed, unless the message says the change was made (<see cref="CommittedBeforeOutage"/>).</summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>The call named no tenant, one the service does not keep, or two different ones (docs/operations.md, tenants).</summary>
    public const string UnknownTenant = "UNKNOWN_TENANT";
}
