namespace Milestone.Domain.Teams;

/// <summary>An administrator formed a team of agents. Starts the team's stream.</summary>
public sealed record TeamCreated(Guid TeamId, string Name, Guid CreatedBy, DateTimeOffset CreatedAt);

public sealed record TeamRenamed(Guid TeamId, string Name, Guid RenamedBy, DateTimeOffset RenamedAt);

/// <summary>From this moment the person's work counts for the team as well as for themselves.</summary>
public sealed record TeamMemberAdded(Guid TeamId, Guid PersonId, Guid AddedBy, DateTimeOffset AddedAt);

/// <summary>From this moment the person's work no longer counts for the team; if they led it, it has no lead.</summary>
public sealed record TeamMemberRemoved(Guid TeamId, Guid PersonId, Guid RemovedBy, DateTimeOffset RemovedAt);

/// <summary>The member who leads the team now; null when it has none.</summary>
public sealed record TeamLeadChosen(Guid TeamId, Guid? LeadId, Guid ChosenBy, DateTimeOffset ChosenAt);
