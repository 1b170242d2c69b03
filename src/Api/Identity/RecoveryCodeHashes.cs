using System.Security.Cryptography;

namespace Milestone.Api.Identity;

/// <summary>
/// Recovery codes as stored: each with its own random salt under SHA-256 (ASVS 2.6.2, since a code
/// carries fewer than 112 bits), so reading the database does not hand them out.
/// </summary>
public static class RecoveryCodeHashes
{
    private const int SaltBytes = 16;

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return $"{Convert.ToBase64String(salt)}:{Convert.ToBase64String(Digest(salt, code))}";
    }

    public static bool Matches(string stored, string code) =>
        stored.Split(':') is [var salt, var digest]
        && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(digest), Digest(Convert.FromBase64String(salt), code));

    // Codes are handed out in upper case; people type them as they like.
    private static byte[] Digest(byte[] salt, string code) =>
        SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())]);
}
