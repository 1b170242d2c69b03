namespace Milestone.Api.Sessions;

/// <summary>
/// A refresh token as stored: only its SHA-256, so a database read does not hand out sessions. Each
/// token is used once; using it again means it was stolen, and the whole session is revoked.
/// </summary>
public sealed record RefreshToken(string Id, Guid SessionId, Guid PersonId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public DateTimeOffset? UsedAt { get; init; }

    public static (string Token, RefreshToken Stored) Mint(Guid sessionId, Guid personId, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = SecretToken.New();
        return (token, new RefreshToken(SecretToken.HashOf(token), sessionId, personId, now, now + lifetime));
    }
}
