namespace Milestone.Api.Sessions;

/// <summary>Bound from <c>Milestone:Auth</c>.</summary>
public sealed class AuthSettings
{
    public const string Section = "Milestone:Auth";

    /// <summary>Base64 of at least 32 random bytes; the same on every node. Required outside Development.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "milestone";

    public string Audience { get; set; } = "milestone";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>MSP staff must turn on two-factor sign-in before doing anything else.</summary>
    public bool RequireTwoFactorForStaff { get; set; }
}
