using System.Security.Claims;
using JasperFx;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Milestone.Api.Sessions;

/// <summary>Short-lived JWTs that name the person and the sign-in session they belong to.</summary>
public sealed class AccessTokens(SigningKey signingKey, IOptions<AuthSettings> settings)
{
    public const string SessionClaim = "sid";

    /// <summary>The tenant whose database holds the session; absent for the default tenant, as tokens had it before tenants.</summary>
    public const string TenantClaim = "tenant";

    private readonly JsonWebTokenHandler _handler = new();

    public static string TenantOf(ClaimsPrincipal principal) => principal.FindFirst(TenantClaim)?.Value ?? StorageConstants.DefaultTenantId;

    public (string Token, DateTimeOffset ExpiresAt) Issue(string tenantId, Guid personId, Guid sessionId, DateTimeOffset now)
    {
        var expiresAt = now + settings.Value.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Value.Issuer,
            Audience = settings.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Subject = new ClaimsIdentity(Claims(tenantId, personId, sessionId)),
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    private static IEnumerable<Claim> Claims(string tenantId, Guid personId, Guid sessionId)
    {
        yield return new Claim(JwtRegisteredClaimNames.Sub, personId.ToString());
        yield return new Claim(SessionClaim, sessionId.ToString());
        yield return new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"));
        if (tenantId != StorageConstants.DefaultTenantId)
        {
            yield return new Claim(TenantClaim, tenantId);
        }
    }
}
