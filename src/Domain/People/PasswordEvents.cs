namespace Milestone.Domain.People;

/// <summary>The person set a new password through a reset link; every session they had was ended.</summary>
public sealed record PasswordReset(
    Guid PersonId,
    Guid? ClientId,
    DateTimeOffset ResetAt);
