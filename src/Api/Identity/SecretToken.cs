using System.Security.Cryptography;

namespace Milestone.Api.Identity;

/// <summary>The random secret of a link sent by e-mail, and its SHA-256: all that is stored of it.</summary>
public static class SecretToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
