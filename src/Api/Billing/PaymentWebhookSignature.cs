using System.Security.Cryptography;

namespace Milestone.Api.Billing;

/// <summary>
/// How a payment provider signs a webhook delivery (the scheme Stripe uses): <c>t=&lt;unix seconds&gt;,v1=&lt;hex
/// HMAC-SHA256 of "t.body" with the shared secret&gt;</c>. The time is signed with the body, so a delivery replayed
/// later than the tolerance is refused.
/// </summary>
public static class PaymentWebhookSignature
{
    public const string Header = "Milestone-Payment-Signature";

    public static string For(string secret, long unixSeconds, byte[] body) =>
        string.Create(CultureInfo.InvariantCulture, $"t={unixSeconds},v1={Mac(secret, unixSeconds, body)}");

    public static bool IsValid(string secret, byte[] body, string? header, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || header is null)
        {
            return false;
        }

        var parts = header.Split(',').Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2).ToLookup(pair => pair[0].Trim(), pair => pair[1].Trim());
        if (!long.TryParse(parts["t"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds)
            || unixSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(secret, unixSeconds, body));
        return parts["v1"].Any(signature => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.ToLowerInvariant())));
    }

    private static string Mac(string secret, long unixSeconds, byte[] body)
    {
        byte[] signed = [.. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{unixSeconds}.")), .. body];
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
