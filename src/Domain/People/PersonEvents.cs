namespace Milestone.Domain.People;

/// <summary>Someone was invited to Milestone. Staff have no client; client users have exactly one.</summary>
public sealed record PersonInvited(
    Guid PersonId,
    string Email,
    string Name,
    Role Role,
    Guid? ClientId,
    Guid InvitationId,
    DateTimeOffset ExpiresAt,
    Guid? InvitedBy,
    DateTimeOffset InvitedAt);

/// <summary>A new invitation replaced the previous one, whose link stops working.</summary>
public sealed record InvitationResent(
    Guid PersonId,
    Guid? ClientId,
    Guid InvitationId,
    DateTimeOffset ExpiresAt,
    Guid ResentBy,
    DateTimeOffset ResentAt);

/// <summary>The person accepted their invitation, which confirms their e-mail address, and set a password.</summary>
public sealed record InvitationAccepted(
    Guid PersonId,
    Guid? ClientId,
    Guid InvitationId,
    DateTimeOffset AcceptedAt);
