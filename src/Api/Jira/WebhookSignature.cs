using System.Security.Cryptography;

namespace Milestone.Api.Jira;

/// <summary>Jira Cloud signs a webhook's raw body with the shared secret: <c>X-Hub-Signature: sha256=&lt;hex HMAC-SHA256&gt;</c>.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Hub-Signature";

    private const string Prefix = "sha256=";

    public static string For(string secret, byte[] body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool IsValid(string secret, byte[] body, string? header)
    {
        if (string.IsNullOrEmpty(secret) || header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(For(secret, body)), Encoding.ASCII.GetBytes(Prefix + header[Prefix.Length..].ToLowerInvariant()));
    }
}
