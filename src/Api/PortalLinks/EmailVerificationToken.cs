namespace Milestone.Api.PortalLinks;

/// <summary>The stored side of a verification link sent after a sign-up: only the SHA-256 of its token.</summary>
public sealed record EmailVerificationToken(Guid Id, string TokenHash, Guid PersonId, DateTimeOffset ExpiresAt);
