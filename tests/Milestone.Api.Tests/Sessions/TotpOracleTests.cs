namespace Milestone.Api.Tests.Sessions;

/// <summary>The tests' own TOTP against RFC 6238, Appendix B (SHA-1 seed "12345678901234567890", last 6 of the 8 digits).</summary>
public sealed class TotpOracleTests
{
    private const string Rfc6238Seed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Matches_the_rfc_test_vectors(long unixSeconds, string code)
    {
        Assert.Equal(code, Totp.At(Rfc6238Seed, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
