namespace Milestone.Domain.PortalLinks;

/// <summary>
/// A sign-up link was made: for a client's portal (new people join that client) or, without a client, for the
/// Delivery App (new people join the MSP's staff). Only the hash of the link's secret is kept.
/// </summary>
public sealed record PortalLinkCreated(
    Guid LinkId,
    Guid? ClientId,
    Role Role,
    IReadOnlyList<string> AllowedDomains,
    DateTimeOffset? ExpiresAt,
    int? MaximumSignUps,
    string TokenHash,
    Guid CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>Someone signed up through the link (they verify their address next); it counts towards the link's maximum.</summary>
public sealed record PortalLinkUsed(Guid LinkId, Guid? ClientId, Guid PersonId, DateTimeOffset UsedAt);

/// <summary>The link stops working; the people who joined through it stay.</summary>
public sealed record PortalLinkRevoked(Guid LinkId, Guid? ClientId, Guid RevokedBy, DateTimeOffset RevokedAt);
