namespace Milestone.Api.Identity;

/// <summary>
/// OWASP ASVS level 2 for passwords: at least 12 characters, no composition rules, and not one of the
/// passwords attackers try first.
/// </summary>
public sealed class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private readonly HashSet<string> _commonPasswords;

    private PasswordPolicy(HashSet<string> commonPasswords) => _commonPasswords = commonPasswords;

    public static PasswordPolicy Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Milestone.Api.Identity.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var passwords = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PasswordPolicy(passwords.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Why the password is not acceptable, or null when it is.</summary>
    public string? Problem(string? password)
    {
        var length = password is null ? 0 : password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            return $"Use at least {MinimumLength} characters; a few words make a good password.";
        }

        if (length > MaximumLength)
        {
            return $"Use at most {MaximumLength} characters.";
        }

        return _commonPasswords.Contains(password!) || password!.Distinct().Count() == 1
            ? "That password is too easy to guess; choose another."
            : null;
    }
}
