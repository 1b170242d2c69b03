namespace Milestone.Projections.People;

/// <summary>
/// Who someone is and what they may do, read on every authenticated call. E-mail addresses are unique
/// (case-insensitively) through a unique index on <see cref="NormalizedEmail"/>. For someone who signed up through a
/// portal link, <see cref="InvitedAt"/> is when they signed up and <see cref="InvitationExpiresAt"/> when their
/// verification link expires.
/// </summary>
public sealed record PersonAccount(
    Guid Id,
    string Email,
    string NormalizedEmail,
    string Name,
    Role Role,
    Guid? ClientId,
    PersonStatus Status,
    DateTimeOffset InvitedAt,
    DateTimeOffset InvitationExpiresAt,
    DateTimeOffset? JoinedAt)
{
    public bool TwoFactorEnabled { get; init; }

    /// <summary>Their own time zone (IANA); null means their client's, or UTC for staff.</summary>
    public string? TimeZone { get; init; }

    public NotificationPreferences NotificationPreferences { get; init; } = NotificationPreferences.Default;

    /// <summary>The portal link they signed up through; null for people who were invited.</summary>
    public Guid? SignedUpThrough { get; init; }

    public int Version { get; set; }

    /// <summary>For staff limited to some clients, which; null means every client.</summary>
    public IReadOnlyList<Guid>? ClientScope { get; init; }

    /// <summary>For a client user, the client's location they work at; null: none in particular.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>For a client admin limited to some of the client's locations, which; null means all of them.</summary>
    public IReadOnlyList<Guid>? LocationScope { get; init; }

    public static string Normalize(string email) => email.Trim().Normalize().ToUpperInvariant();
}
