namespace Milestone.Domain.Organisations;

/// <summary>The client's people must (or no longer must) sign in with two factors.</summary>
public sealed record TwoFactorRequirementChanged(
    Guid ClientId,
    bool Required,
    Guid ChangedBy,
    DateTimeOffset ChangedAt);
