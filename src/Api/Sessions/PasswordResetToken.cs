namespace Milestone.Api.Sessions;

/// <summary>
/// The stored side of a password reset link: only the SHA-256 of its token. There is one per person,
/// under their id, so a new request replaces the previous link. Wrong second-factor codes sent with the
/// link count against it, and enough of them end it.
/// </summary>
public sealed record PasswordResetToken(Guid Id, string TokenHash, DateTimeOffset ExpiresAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public const int MaxWrongCodes = 5;

    public int WrongCodes { get; init; }

    public bool Opens(string token, DateTimeOffset now) => now < ExpiresAt && TokenHash == SecretToken.HashOf(token);
}
