using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Milestone.Api.Identity;

/// <summary>
/// Turns a valid access token into a <see cref="Caller"/>, checking on every call that the person is
/// still active and the session not revoked (in this node's <see cref="CallerCache"/>, which every node's
/// commits keep current), so deactivation and sign-out take effect at once. So do a
/// two-factor requirement and enrolling: whether the caller must enrol first is worked out here too.
/// </summary>
public static class CallerAuthentication
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        if (!TryReadIdentity(context.Principal!, context.HttpContext.Tenant(), out var personId, out var sessionId))
        {
            context.HttpContext.SetTokenRefusal(AccessTokenRefusal.Invalid);
            context.Fail("The token names no person or session of this tenant.");
            return;
        }

        if (await CurrentAsync(context.HttpContext.RequestServices, personId, sessionId, context.HttpContext.RequestAborted) is not { } caller)
        {
            context.HttpContext.SetTokenRefusal(AccessTokenRefusal.SessionEnded);
            context.Fail("The session has ended.");
            return;
        }

        context.HttpContext.SetCaller(caller);
    }

    /// <summary>A token the bearer scheme could not accept: expired, or not one of ours.</summary>
    public static Task OnAuthenticationFailed(AuthenticationFailedContext context)
    {
        context.HttpContext.SetTokenRefusal(RefusalFor(context.Exception));
        return Task.CompletedTask;
    }

    /// <summary>
    /// The caller behind an access token handed over outside an Authorization header (a WebSocket's
    /// connection_init), checked exactly as the bearer scheme checks one, or why there is none.
    /// </summary>
    public static async Task<(Caller? Caller, AccessTokenRefusal? Refusal)> FromAccessTokenAsync(IServiceProvider services, string accessToken, CancellationToken cancellation)
    {
        var bearer = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var validation = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(accessToken, bearer.TokenValidationParameters);
        if (!validation.IsValid)
        {
            return (null, RefusalFor(validation.Exception));
        }

        if (!TryReadIdentity(new ClaimsPrincipal(validation.ClaimsIdentity), services.GetRequiredService<CurrentTenant>(), out var personId, out var sessionId))
        {
            return (null, AccessTokenRefusal.Invalid);
        }

        var caller = await CurrentAsync(services, personId, sessionId, cancellation);
        return (caller, caller is null ? AccessTokenRefusal.SessionEnded : null);
    }

    private static AccessTokenRefusal RefusalFor(Exception? failure) =>
        failure is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException ? AccessTokenRefusal.Expired : AccessTokenRefusal.Invalid;

    /// <summary>
    /// The caller as their account and session stand now; null once either has ended. This node's
    /// <see cref="CallerCache"/> answers while nothing that decides it has changed.
    /// </summary>
    public static async Task<Caller?> CurrentAsync(IServiceProvider services, Guid personId, Guid sessionId, CancellationToken cancellation)
    {
        var caller = await services.GetRequiredService<CallerCache>().GetOrReadAsync(
            services.GetRequiredService<CurrentTenant>().Id, sessionId, () => ReadAsync(services, personId, sessionId, cancellation));
        return caller?.PersonId == personId ? caller : null;
    }

    private static async Task<Caller?> ReadAsync(IServiceProvider services, Guid personId, Guid sessionId, CancellationToken cancellation)
    {
        await using var session = services.OpenTenantQuerySession();
        var batch = session.CreateBatchQuery();
        var account = batch.Load<PersonAccount>(personId);
        var signInSession = batch.Load<SignInSession>(sessionId);
        await batch.Execute(cancellation);

        if (await account is not { Status: PersonStatus.Active } person || await signInSession is not { IsActive: true } active || active.PersonId != personId)
        {
            return null;
        }

        return new Caller(person.Id, sessionId, person.Email, person.Role, person.ClientId, person.ClientScope)
        {
            SignedInAt = active.StartedAt,
            AccountLocationScope = person.LocationScope,
            MustEnrolTwoFactor = await MustEnrolTwoFactorAsync(services, session, person, cancellation),
        };
    }

    private static async Task<bool> MustEnrolTwoFactorAsync(IServiceProvider services, IQuerySession session, PersonAccount person, CancellationToken cancellation)
    {
        // The organisation is only read when it can make a difference: for a client user without a second factor.
        var clientRequiresIt = !person.TwoFactorEnabled && person.ClientId is { } clientId
            && (await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation))?.TwoFactorRequired == true;
        var requiredForStaff = services.GetRequiredService<IOptions<AuthSettings>>().Value.RequireTwoFactorForStaff;
        return TwoFactorRequirement.MustEnrol(person.Role, person.TwoFactorEnabled, clientRequiresIt, requiredForStaff);
    }

    /// <summary>A token is good only for the tenant that issued it, whatever ids it names.</summary>
    private static bool TryReadIdentity(ClaimsPrincipal principal, CurrentTenant tenant, out Guid personId, out Guid sessionId)
    {
        (personId, sessionId) = (Guid.Empty, Guid.Empty);
        return AccessTokens.TenantOf(principal) == tenant.Id
            && Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out personId)
            && Guid.TryParse(principal.FindFirst(AccessTokens.SessionClaim)?.Value, out sessionId);
    }

    public static Caller? GetCaller(this HttpContext http) => http.Items.TryGetValue(typeof(Caller), out var caller) ? caller as Caller : null;

    private static void SetCaller(this HttpContext http, Caller caller) => http.Items[typeof(Caller)] = caller;
}
