namespace Milestone.Api.Tenancy;

/// <summary>
/// Works out which tenant an HTTP call is for before anything reads the store, the sign-in check included:
/// the tenant whose host name the call came to, or the one it names in the <c>X-Milestone-Tenant</c> header
/// or, where a client cannot set headers (a browser's WebSocket, a Jira webhook), the <c>tenant</c> query
/// parameter. A call that names no known tenant, or two different ones, is refused before it reaches anything.
/// </summary>
public static class TenantResolution
{
    public const string Header = "X-Milestone-Tenant";
    public const string QueryParameter = "tenant";

    public static async Task ResolveAsync(HttpContext http, RequestDelegate next)
    {
        var directory = http.RequestServices.GetRequiredService<TenantDirectory>();
        if (!directory.KeepsTenantsApart || http.Request.Path.StartsWithSegments("/health"))
        {
            await next(http);
            return;
        }

        var named = Named(directory, http.Request);
        if (named.Length != 1 || !directory.IsKnown(named[0]))
        {
            await ProblemResponses.For(Refusal(named)).ExecuteAsync(http);
            return;
        }

        http.RequestServices.EnterTenant(named[0]);
        await next(http);
    }

    /// <summary>
    /// Makes a service scope work for the tenant: the sessions its services open and the commands its message bus
    /// sends. A request's scope enters its caller's tenant; a command-line run's scope the tenant it was given.
    /// </summary>
    public static void EnterTenant(this IServiceProvider scope, string tenantId)
    {
        scope.GetRequiredService<CurrentTenant>().Enter(tenantId);
        if (scope.GetRequiredService<TenantDirectory>().KeepsTenantsApart)
        {
            scope.GetRequiredService<IMessageBus>().TenantId = tenantId;
        }
    }

    /// <summary>The tenant of this call as every service in its scope sees it.</summary>
    public static CurrentTenant Tenant(this HttpContext http) => http.RequestServices.GetRequiredService<CurrentTenant>();

    /// <summary>A session on the database of the tenant the scope works for: the one place such a session is opened.</summary>
    public static IQuerySession OpenTenantQuerySession(this IServiceProvider scope) =>
        scope.GetRequiredService<IDocumentStore>().QuerySession(scope.GetRequiredService<CurrentTenant>().Id);

    /// <summary>A session on the call's tenant's database.</summary>
    public static IQuerySession OpenQuerySession(this HttpContext http) => http.RequestServices.OpenTenantQuerySession();

    /// <summary>The call's message bus, which sends every command with the call's tenant.</summary>
    public static IMessageBus MessageBus(this HttpContext http) => http.RequestServices.GetRequiredService<IMessageBus>();

    private static string[] Named(TenantDirectory directory, HttpRequest request) =>
        new[] { directory.ForHost(request.Host.Host), request.Headers[Header].ToString(), request.Query[QueryParameter].ToString() }
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name!.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static CodedError Refusal(string[] named) => new(ErrorCodes.UnknownTenant, named switch
    {
        [] => $"Say which tenant this call is for: use the tenant's host name or the {Header} header.",
        [var one] => $"No tenant is called '{one}'.",
        _ => "The host name, header and query parameter name different tenants.",
    });
}
