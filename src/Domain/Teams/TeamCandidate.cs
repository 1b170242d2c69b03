namespace Milestone.Domain.Teams;

/// <summary>What a team decision needs to know of a person it is asked to take in or put in charge.</summary>
public sealed record TeamCandidate(Guid PersonId, Role Role, PersonStatus Status);
