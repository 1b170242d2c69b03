namespace Milestone.Domain.People;

/// <summary>The person proved an authenticator app with a code from it, and signs in with a code from now on.</summary>
public sealed record TwoFactorEnabled(
    Guid PersonId,
    Guid? ClientId,
    DateTimeOffset EnabledAt);

/// <summary>The person turned two-factor sign-in off with a current code or a recovery code; their authenticator key is gone.</summary>
public sealed record TwoFactorDisabled(
    Guid PersonId,
    Guid? ClientId,
    DateTimeOffset DisabledAt);

/// <summary>New recovery codes replaced the person's old ones, which stop working.</summary>
public sealed record RecoveryCodesRegenerated(
    Guid PersonId,
    Guid? ClientId,
    DateTimeOffset RegeneratedAt);

/// <summary>
/// Someone who manages the person took their second factor away because they lost both their authenticator and
/// their recovery codes; every session of the person was ended, and they enrol again where it is required.
/// </summary>
public sealed record TwoFactorReset(
    Guid PersonId,
    Guid? ClientId,
    Guid ResetBy,
    DateTimeOffset ResetAt);
