using System.Security.Cryptography;
using System.Text;

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
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, new RefreshToken(HashOf(token), sessionId, personId, now, now + lifetime));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
