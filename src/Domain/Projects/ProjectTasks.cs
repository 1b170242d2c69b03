namespace Milestone.Domain.Projects;

/// <summary>A project's tasks: added to a phase with an estimate, assigned, worked through, and noted on by staff.</summary>
public sealed partial record Project
{
    public const int TaskTitleMaxLength = 200;
    public const int TaskDescriptionMaxLength = 4_000;
    public const int NoteMaxLength = 4_000;

    /// <summary>A thousand hours: anything larger is a phase of its own, or a typing mistake.</summary>
    public const int MaxEstimateMinutes = 1_000 * 60;

    /// <summary>Adds a task to do to a phase, optionally already given to someone; adding the same task again changes nothing.</summary>
    public IEnumerable<object> AddTask(
        Guid taskId, Guid phaseId, string title, string? description, int estimateMinutes, Guid? assigneeId, NamedPerson? assignee, Actor actor, DateTimeOffset now)
    {
        RequireDeliveryStaff(actor, "add tasks");
        if (Task(taskId) is not null)
        {
            return [];
        }

        RequireOpen("change");
        _ = Phase(phaseId) ?? throw NoSuchPhase("phaseId");
        var (validTitle, validDescription) = ValidTask(title, description, estimateMinutes);
        RequireAssignable(actor, assigneeId, assignee);
        if (Tasks.Count >= MaxTasks)
        {
            throw new CommandRejected(Rejection.Invalid, $"A project has at most {MaxTasks} tasks.");
        }

        return [new TaskAdded(Id, ClientId, phaseId, taskId, validTitle, validDescription, estimateMinutes, assigneeId, actor.PersonId, now)];
    }

    /// <summary>Changes what a task says or what it is estimated at, or moves it to another phase.</summary>
    public IEnumerable<object> ChangeTask(Guid taskId, Guid phaseId, string title, string? description, int estimateMinutes, Actor actor, DateTimeOffset now)
    {
        RequireDeliveryStaff(actor, "change tasks");
        var task = ExistingTask(taskId);
        RequireOpen("change");
        _ = Phase(phaseId) ?? throw NoSuchPhase("phaseId");
        var (validTitle, validDescription) = ValidTask(title, description, estimateMinutes);
        return (task.PhaseId, task.Title, task.Description, task.EstimateMinutes) == (phaseId, validTitle, validDescription, estimateMinutes)
            ? []
            : [new TaskChanged(Id, ClientId, taskId, phaseId, validTitle, validDescription, estimateMinutes, actor.PersonId, now)];
    }

    public IEnumerable<object> AssignTask(Guid taskId, Guid? assigneeId, NamedPerson? assignee, Actor actor, DateTimeOffset now)
    {
        RequireDeliveryStaff(actor, "assign tasks");
        var task = ExistingTask(taskId);
        RequireOpen("change");
        RequireAssignable(actor, assigneeId, assignee);
        return task.AssigneeId == assigneeId ? [] : [new TaskAssigned(Id, ClientId, taskId, assigneeId, actor.PersonId, now)];
    }

    /// <summary>Moves a task to any status; each move is its own event, so history says when it started and when it was done.</summary>
    public IEnumerable<object> ChangeTaskStatus(Guid taskId, ProjectTaskStatus to, Actor actor, DateTimeOffset now)
    {
        RequireDeliveryStaff(actor, "move tasks");
        var task = ExistingTask(taskId);
        if (!Enum.IsDefined(to))
        {
            throw new CommandRejected(Rejection.Invalid, "Choose a known status.", "status");
        }

        if (task.Status == to)
        {
            return [];
        }

        RequireOpen("work on");
        return to switch
        {
            ProjectTaskStatus.InProgress => [new TaskStarted(Id, ClientId, taskId, actor.PersonId, now)],
            ProjectTaskStatus.Done => [new TaskCompleted(Id, ClientId, taskId, actor.PersonId, now)],
            ProjectTaskStatus.Cancelled => [new TaskCancelled(Id, ClientId, taskId, actor.PersonId, now)],
            _ => [new TaskReopened(Id, ClientId, taskId, actor.PersonId, now)],
        };
    }

    /// <summary>A note for staff only; the same note (by its id) written twice is kept once.</summary>
    public IEnumerable<object> AddTaskNote(Guid taskId, Guid noteId, string text, Actor actor, DateTimeOffset now)
    {
        RequireDeliveryStaff(actor, "write internal notes");
        var task = ExistingTask(taskId);
        if (task.InternalNotes.Any(note => note.Id == noteId))
        {
            return [];
        }

        var note = ProjectText.Required(text, "text", NoteMaxLength, "Write the note.");
        return [new TaskNoteAdded(Id, ClientId, taskId, noteId, note, actor.PersonId, now)];
    }

    /// <summary>
    /// The task work of this client may be logged against: one of this open project's tasks that is not cancelled.
    /// A project of another client, or one the actor cannot see, is not there.
    /// </summary>
    public ProjectTaskLink TaskForWork(Guid taskId, Guid clientId, Actor actor)
    {
        if (ClientId != clientId || !IsVisibleTo(actor))
        {
            throw NoSuchProject();
        }

        var task = ExistingTask(taskId);
        if (!IsOpen)
        {
            throw new CommandRejected(Rejection.Conflict, $"The project is {Describe(Status)}; work is no longer logged on it.");
        }

        return task.Status == ProjectTaskStatus.Cancelled
            ? throw new CommandRejected(Rejection.Conflict, "The task is cancelled; work is no longer logged on it.")
            : new ProjectTaskLink(Id, taskId);
    }

    /// <summary>The task's description, or none when there is no such task (the decision then says so).</summary>
    public string? DescriptionOf(Guid taskId) => Task(taskId)?.Description;

    private ProjectTask ExistingTask(Guid taskId) => Task(taskId) ?? throw new CommandRejected(Rejection.NotFound, "The project has no such task.", "taskId");

    private static (string Title, string Description) ValidTask(string title, string? description, int estimateMinutes)
    {
        var validTitle = ProjectText.Required(title, "title", TaskTitleMaxLength, "Give the task a title.");
        var validDescription = ProjectText.Optional(description, "description", TaskDescriptionMaxLength);
        if (estimateMinutes is < 0 or > MaxEstimateMinutes)
        {
            throw new CommandRejected(Rejection.Invalid, $"Estimate from 0 to {MaxEstimateMinutes / 60:N0} hours, in minutes.", "estimateMinutes");
        }

        return (validTitle, validDescription);
    }

    private void RequireAssignable(Actor actor, Guid? assigneeId, NamedPerson? assignee)
    {
        if (assigneeId is not { } id)
        {
            return;
        }

        if (assignee?.Id != id || !assignee.IsVisibleTo(actor))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such person.", "assigneeId");
        }

        if (!assignee.MayWorkFor(ClientId))
        {
            throw new CommandRejected(Rejection.Invalid, "Give tasks to active delivery staff who work for this client.", "assigneeId");
        }
    }
}
