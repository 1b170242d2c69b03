namespace Milestone.Domain.People;

/// <summary>
/// Someone signed themselves up through a portal link, in the link's client and role; they are a member once they
/// verify their address with the link e-mailed to them (<paramref name="VerificationId"/>, until <paramref name="ExpiresAt"/>).
/// </summary>
public sealed record SignedUpThroughLink(
    Guid PersonId,
    string Email,
    string Name,
    Role Role,
    Guid? ClientId,
    Guid LinkId,
    Guid VerificationId,
    DateTimeOffset ExpiresAt,
    DateTimeOffset SignedUpAt);

/// <summary>
/// Someone whose address is not verified yet signed up again through a link to the same place: the name and password
/// they gave now count, and a new verification link replaces the one before.
/// </summary>
public sealed record SignUpRenewed(
    Guid PersonId,
    Guid? ClientId,
    string Name,
    Guid LinkId,
    Guid VerificationId,
    DateTimeOffset ExpiresAt,
    DateTimeOffset RenewedAt);

/// <summary>The person opened the verification link sent to their address, which makes them a member.</summary>
public sealed record EmailVerified(Guid PersonId, Guid? ClientId, Guid VerificationId, DateTimeOffset VerifiedAt);
