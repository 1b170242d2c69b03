namespace Milestone.Api.Identity;

/// <summary>
/// The secrets behind a person's sign-in, kept by ASP.NET Core Identity through
/// <see cref="MartenCredentialStore"/>. Never part of an event or a read model.
/// </summary>
public sealed class Credentials
{
    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;

    public string NormalizedEmail { get; set; } = string.Empty;

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public string? AuthenticatorKey { get; set; }

    /// <summary>The unused recovery codes, as <see cref="RecoveryCodeHashes"/>.</summary>
    public List<string> RecoveryCodes { get; set; } = [];

    /// <summary>Authenticator codes accepted lately, and when, so that none is accepted twice.</summary>
    public Dictionary<string, DateTimeOffset> UsedAuthenticatorCodes { get; set; } = [];
}
