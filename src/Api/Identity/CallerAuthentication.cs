using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Milestone.Api.Sessions;
using Milestone.Domain.Organisations;
using Milestone.Domain.People;
using Milestone.Projections.Organisations;
using Milestone.Projections.People;

namespace Milestone.Api.Identity;

/// <summary>
/// Turns a valid access token into a <see cref="Caller"/>, checking on every call that the person is
/// still active and the session not revoked, so deactivation and sign-out take effect at once. So do a
/// two-factor requirement and enrolling: whether the caller must enrol first is worked out here too.
/// </summary>
public static class CallerAuthentication
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var personId)
            || !Guid.TryParse(principal.FindFirst(AccessTokens.SessionClaim)?.Value, out var sessionId))
        {
            context.Fail("The token names no person or session.");
            return;
        }

        await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
        var batch = session.CreateBatchQuery();
        var account = batch.Load<PersonAccount>(personId);
        var signInSession = batch.Load<SignInSession>(sessionId);
        await batch.Execute(context.HttpContext.RequestAborted);

        if (await account is not { Status: PersonStatus.Active } person || await signInSession is not { IsActive: true } active || active.PersonId != personId)
        {
            context.Fail("The session has ended.");
            return;
        }

        context.HttpContext.SetCaller(new Caller(person.Id, sessionId, person.Email, person.Role, person.ClientId, person.ClientScope)
        {
            SignedInAt = active.StartedAt,
            MustEnrolTwoFactor = await MustEnrolTwoFactorAsync(context.HttpContext, session, person),
        });
    }

    private static async Task<bool> MustEnrolTwoFactorAsync(HttpContext http, IQuerySession session, PersonAccount person)
    {
        // The organisation is only read when it can make a difference: for a client user without a second factor.
        var clientRequiresIt = !person.TwoFactorEnabled && person.ClientId is { } clientId
            && (await session.LoadAsync<ClientOrganisationDetails>(clientId, http.RequestAborted))?.TwoFactorRequired == true;
        var requiredForStaff = http.RequestServices.GetRequiredService<IOptions<AuthSettings>>().Value.RequireTwoFactorForStaff;
        return TwoFactorRequirement.MustEnrol(person.Role, person.TwoFactorEnabled, clientRequiresIt, requiredForStaff);
    }

    public static Caller? GetCaller(this HttpContext http) => http.Items.TryGetValue(typeof(Caller), out var caller) ? caller as Caller : null;

    private static void SetCaller(this HttpContext http, Caller caller) => http.Items[typeof(Caller)] = caller;
}
