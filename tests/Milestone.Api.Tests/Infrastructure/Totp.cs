using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// An RFC 6238 TOTP of our own (HMAC-SHA1, 30-second steps, 6 digits): the test's oracle for what an
/// authenticator app shows. ASP.NET Core Identity checks codes against the system clock, not against
/// TimeProvider, so this uses the real UTC time and not the fixture's FakeTimeProvider.
/// </summary>
public static class Totp
{
    private const int StepSeconds = 30;
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>
    /// The code of the 30-second step <paramref name="steps"/> away from now. Identity accepts two steps
    /// either side, and each code once, so a test that needs several codes takes them from -1, 0 and +1.
    /// </summary>
    public static string Code(string base32Key, int steps = 0) => At(base32Key, DateTimeOffset.UtcNow.AddSeconds(steps * StepSeconds));

    /// <summary>A code that no step Identity accepts now would give.</summary>
    public static string WrongCode(string base32Key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(steps => Code(base32Key, steps)).ToHashSet();
        return Enumerable.Range(0, 10).Select(digit => new string((char)('0' + digit), 6)).First(code => !accepted.Contains(code));
    }

    public static string At(string base32Key, DateTimeOffset time)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / StepSeconds);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var truncated = (hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3];
        return (truncated % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var symbol in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(symbol);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
