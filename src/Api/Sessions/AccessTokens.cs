using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Milestone.Api.Sessions;

/// <summary>Short-lived JWTs that name the person and the sign-in session they belong to.</summary>
public sealed class AccessTokens(SigningKey signingKey, IOptions<AuthSettings> settings)
{
    public const string SessionClaim = "sid";

    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(Guid personId, Guid sessionId, DateTimeOffset now)
    {
        var expiresAt = now + settings.Value.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Value.Issuer,
            Audience = settings.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, personId.ToString()),
                new Claim(SessionClaim, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }
}
