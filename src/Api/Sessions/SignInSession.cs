namespace Milestone.Api.Sessions;

/// <summary>
/// One sign-in on one device: the family of refresh tokens that rotate from it. Revoking it ends every
/// token of the family, and the access tokens issued from them, at once.
/// </summary>
public sealed record SignInSession(Guid Id, Guid PersonId, DateTimeOffset StartedAt)
{
    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBecause { get; init; }

    public bool IsActive => RevokedAt is null;

    public SignInSession Revoke(string reason, DateTimeOffset now) => IsActive ? this with { RevokedAt = now, RevokedBecause = reason } : this;
}
