namespace Milestone.Api.Identity;

/// <summary>
/// Who is acting on this call. Temporary until sign-in exists: taken from the
/// <c>X-Milestone-Client</c> and <c>X-Milestone-User</c> headers, else from the
/// <c>Milestone:ActingParty</c> configuration section (see docs/decisions/0005-temporary-acting-party.md).
/// </summary>
public sealed record ActingParty(Guid ClientId, Guid UserId);
