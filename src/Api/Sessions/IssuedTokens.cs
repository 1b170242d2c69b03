namespace Milestone.Api.Sessions;

public sealed record IssuedTokens(
    Guid PersonId,
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);

/// <summary>Hands out an access token and the next refresh token of a session, staging the latter in the session's transaction.</summary>
public sealed class TokenIssuer(AccessTokens accessTokens, IOptions<AuthSettings> settings)
{
    public IssuedTokens Issue(IDocumentSession session, Guid personId, Guid sessionId, DateTimeOffset now)
    {
        var (accessToken, accessExpiresAt) = accessTokens.Issue(session.TenantId, personId, sessionId, now);
        var (refreshToken, stored) = Sessions.RefreshToken.Mint(sessionId, personId, now, settings.Value.RefreshTokenLifetime);
        session.Insert(stored);
        return new IssuedTokens(personId, accessToken, accessExpiresAt, refreshToken, stored.ExpiresAt);
    }
}
