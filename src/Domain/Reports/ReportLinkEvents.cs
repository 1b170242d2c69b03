namespace Milestone.Domain.Reports;

/// <summary>
/// A staff member made a link that opens one client's quarterly review without signing in, until it expires or is
/// revoked. Only the hash of the link's secret is kept. Starts the link's stream.
/// </summary>
public sealed record ReportLinkCreated(Guid LinkId, Guid ClientId, string Quarter, string TokenHash, DateTimeOffset ExpiresAt, Guid CreatedBy, DateTimeOffset CreatedAt);

/// <summary>From this moment the link opens nothing.</summary>
public sealed record ReportLinkRevoked(Guid LinkId, Guid ClientId, Guid RevokedBy, DateTimeOffset RevokedAt);
