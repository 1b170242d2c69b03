namespace Milestone.Api.People;

/// <summary>
/// The stored side of an invitation link: only the SHA-256 of its token. The link itself exists only
/// in the e-mail (or, for the first administrator, on the operator's screen).
/// </summary>
public sealed record InvitationToken(Guid Id, string TokenHash, Guid PersonId, DateTimeOffset ExpiresAt);
