namespace Milestone.Domain.Projects;

/// <summary>Staff started a project for a client; it took the MSP's next project number. Starts the stream.</summary>
public sealed record ProjectCreated(
    Guid ProjectId, Guid ClientId, string Number, string Name, string Description, DateOnly StartDate, DateOnly? EndDate, Guid CreatedBy, DateTimeOffset CreatedAt);

/// <summary>The project's name, description or dates were changed.</summary>
public sealed record ProjectDetailsChanged(
    Guid ProjectId, Guid ClientId, string Name, string Description, DateOnly StartDate, DateOnly? EndDate, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The project moved from one status to another (started, put on hold, completed, reopened, cancelled).</summary>
public sealed record ProjectStatusChanged(
    Guid ProjectId, Guid ClientId, ProjectStatus From, ProjectStatus To, string? Reason, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A phase was added at <paramref name="Position"/> (0 is first); the phases after it move down one.</summary>
public sealed record PhaseAdded(
    Guid ProjectId, Guid ClientId, Guid PhaseId, string Name, DateOnly? StartDate, DateOnly? EndDate, int Position, Guid AddedBy, DateTimeOffset AddedAt);

public sealed record PhaseChanged(
    Guid ProjectId, Guid ClientId, Guid PhaseId, string Name, DateOnly? StartDate, DateOnly? EndDate, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A task was added to a phase, to do.</summary>
public sealed record TaskAdded(
    Guid ProjectId,
    Guid ClientId,
    Guid PhaseId,
    Guid TaskId,
    string Title,
    string Description,
    int EstimateMinutes,
    Guid? AssigneeId,
    Guid AddedBy,
    DateTimeOffset AddedAt);

/// <summary>A task's title, description or estimate changed, or it moved to another phase.</summary>
public sealed record TaskChanged(
    Guid ProjectId, Guid ClientId, Guid TaskId, Guid PhaseId, string Title, string Description, int EstimateMinutes, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A task was given to someone, or (with no assignee) taken from them.</summary>
public sealed record TaskAssigned(Guid ProjectId, Guid ClientId, Guid TaskId, Guid? AssigneeId, Guid AssignedBy, DateTimeOffset AssignedAt);

public sealed record TaskStarted(Guid ProjectId, Guid ClientId, Guid TaskId, Guid StartedBy, DateTimeOffset StartedAt);

public sealed record TaskCompleted(Guid ProjectId, Guid ClientId, Guid TaskId, Guid CompletedBy, DateTimeOffset CompletedAt);

/// <summary>A done or cancelled task is to do again.</summary>
public sealed record TaskReopened(Guid ProjectId, Guid ClientId, Guid TaskId, Guid ReopenedBy, DateTimeOffset ReopenedAt);

/// <summary>A task will not be done; it no longer counts toward progress.</summary>
public sealed record TaskCancelled(Guid ProjectId, Guid ClientId, Guid TaskId, Guid CancelledBy, DateTimeOffset CancelledAt);

/// <summary>Staff wrote a note on a task for each other; the client never sees it.</summary>
public sealed record TaskNoteAdded(Guid ProjectId, Guid ClientId, Guid TaskId, Guid NoteId, string Text, Guid WrittenBy, DateTimeOffset WrittenAt);

/// <summary>The MSP's next project number was taken, by the project created in the same transaction.</summary>
public sealed record ProjectNumberTaken(Guid NumberingId, int Sequence, string Number, Guid ProjectId, DateTimeOffset At);
