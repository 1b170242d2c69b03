namespace Milestone.Domain.People;

/// <summary>The person may no longer sign in; every session of theirs ends at once.</summary>
public sealed record PersonDeactivated(Guid PersonId, Guid? ClientId, Guid DeactivatedBy, DateTimeOffset DeactivatedAt);

public sealed record PersonRoleChanged(Guid PersonId, Guid? ClientId, Role From, Role To, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A staff member now works for these clients only; no list means every client.</summary>
public sealed record StaffClientScopeChanged(Guid PersonId, IReadOnlyList<Guid>? ClientIds, Guid ChangedBy, DateTimeOffset ChangedAt);
